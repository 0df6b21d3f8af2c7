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
    expect(tooBig).toEqual({
      field: "vehicle.distanceKm",
      message: expect.stringMatching(/entier/),
    });
    const missing = describeVariableError(
      'Variable "$input" got invalid value { nir: "ABC" } at "input.patient"; ' +
        'Field "birthDate" of required type "LocalDate!" was not provided.',
    );
    expect(missing?.field).toBe("patient");
    expect(missing?.message).toBe("Ce champ est obligatoire.");
  });

  it("leaves other messages alone", () => {
    expect(describeVariableError('Cannot query field "nam" on type "Caisse".')).toBeNull();
  });
});
