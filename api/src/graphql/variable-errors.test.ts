import { describeVariableError } from "./variable-errors";

describe("describeVariableError", () => {
  it("gives the input path and keeps a French scalar message", () => {
    const described = describeVariableError(
      'Variable "$input" got invalid value "2026-02-30" at "input.trips[0].outboundDate"; ' +
        "Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-03-14).",
    );
    expect(described).toEqual({
      field: "trips.0.outboundDate",
      message: "Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-03-14).",
    });
  });

  it("translates graphql-js's own reasons", () => {
    const tooBig = describeVariableError(
      'Variable "$i" got invalid value 1099511627776 at "i.vehicle.distanceKm"; ' +
        "Int cannot represent non 32-bit signed integer value: 1099511627776",
    );
    expect(tooBig).toEqual({ field: "vehicle.distanceKm", message: "Ce nombre est trop grand." });
    const missing = describeVariableError(
      'Variable "$input" got invalid value { nir: "ABC" } at "input.patient"; ' +
        'Field "birthDate" of required type "LocalDate!" was not provided.',
    );
    expect(missing).toEqual({ field: "patient.birthDate", message: "Ce champ est obligatoire." });
    const decimal = describeVariableError(
      'Variable "$i" got invalid value 1.5 at "i.vehicle.distanceKm"; ' +
        "Int cannot represent non-integer value: 1.5",
    );
    expect(decimal).toEqual({
      field: "vehicle.distanceKm",
      message: "Saisissez un nombre entier, sans virgule.",
    });
  });

  it("keeps the French message of our scalars behind graphql-js's English prefix", () => {
    const described = describeVariableError(
      'Variable "$input" got invalid value "2026-02-30" at "input.trips[0].outboundDate"; ' +
        'Expected type "LocalDate". Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-03-14).',
    );
    expect(described?.message).toMatch(/^Date invalide : utilisez le format AAAA-MM-JJ/);
  });

  it("names the field of a top-level refusal and never repeats the value", () => {
    const value = '{ patient: { nir: "269054958815780", email: "zoe.martin@exemple.fr" }, foo: 1 }';
    const foreign = describeVariableError(
      `Variable "$input" got invalid value ${value}; Field "foo" is not defined by type "ClaimInput".`,
    );
    expect(foreign).toEqual({ field: "foo", message: "Ce champ n’existe pas : retirez-le." });
    const unsworn = describeVariableError(
      `Variable "$input" got invalid value ${value}; Field "sworn" of required type "Boolean!" was not provided.`,
    );
    expect(unsworn).toEqual({ field: "sworn", message: "Ce champ est obligatoire." });
    const absent = describeVariableError(
      'Variable "$input" of non-null type "ClaimInput!" must not be null.',
    );
    expect(absent).toEqual({ field: "input", message: "Ce champ est obligatoire." });
    // A value holding what looks like a path is still the value.
    const tricky = describeVariableError(
      'Variable "$input" got invalid value { lastName: "x\\" at \\"y\\"; " }; Field "foo" is not defined by type "ClaimInput".',
    );
    expect(tricky?.field).toBe("foo");
  });

  it("leaves other messages alone", () => {
    expect(describeVariableError('Cannot query field "nam" on type "Caisse".')).toBeNull();
  });
});
