import { LocalDate } from "@js-joda/core";
import { AttachmentKind } from "../attachments/attachment-kind";
import { InputError } from "../graphql/errors";
import { PrescriptionKind } from "./claim-enums";
import {
  validateClaimInput,
  type ClaimFields,
  type ClaimRulesContext,
} from "./validate-claim-input";

const today = LocalDate.parse("2026-12-03");
const uploads = [
  { id: "pmt", kind: AttachmentKind.PRESCRIPTION },
  { id: "toll", kind: AttachmentKind.VP_RECEIPT },
  { id: "train", kind: AttachmentKind.ATP_RECEIPT },
];

function input(overrides: Partial<ClaimFields> = {}): ClaimFields {
  return {
    patient: {
      nir: "2 68 02 31 555 042 23",
      birthDate: "1968-02-14",
      firstName: "Zoé",
      lastName: "Martin",
      email: "zoe.martin@exemple.fr",
    },
    prescription: { kind: PrescriptionKind.PMT },
    trips: [{ outboundDate: "2026-11-20", returnDate: "2026-11-20" }],
    vehicle: { distanceKm: 80 },
    attachmentIds: ["pmt"],
    sworn: true,
    ...overrides,
  };
}

function rules(overrides: Partial<ClaimRulesContext["caisse"]> = {}): ClaimRulesContext {
  return {
    caisse: { convocationAllowed: true, parkingAllowed: true, ...overrides },
    today,
    uploads,
  };
}

/** The InputError thrown for `fields`, or a failure when the input is accepted. */
function refusal(fields: ClaimFields, context = rules()): InputError {
  try {
    validateClaimInput(fields, context);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("the input was accepted");
}

describe("validateClaimInput", () => {
  it("accepts a complete claim and normalises the identity", () => {
    const valid = validateClaimInput(input(), rules());
    expect(valid.patient).toMatchObject({
      nir: "2680231555042",
      nirKey: "23",
      firstNameKey: "zoe",
    });
    expect(valid.vehicle).toEqual({ distanceKm: 80, tollsCents: 0, parkingCents: 0 });
    expect(valid.attachmentIds).toEqual(["pmt"]);
  });

  it("refuses a trip after today in Paris", () => {
    const error = refusal(input({ trips: [{ outboundDate: "2026-12-04" }] }));
    expect(error.field).toBe("trips.0.outboundDate");
  });

  it("applies the claim deadline and names the last valid day", () => {
    expect(() =>
      validateClaimInput(input({ trips: [{ outboundDate: "2024-10-01" }] }), rules()),
    ).not.toThrow();
    const error = refusal(input({ trips: [{ outboundDate: "2024-09-30" }] }));
    expect(error.field).toBe("trips.0.outboundDate");
    expect(error.message).toContain("30/09/2026");
  });

  it("refuses a return before its outbound date and accepts a one-way trip", () => {
    const trips = [
      { outboundDate: "2026-11-02", returnDate: null },
      { outboundDate: "2026-11-10", returnDate: "2026-11-09" },
    ];
    const error = refusal(input({ trips }));
    expect(error.field).toBe("trips.1.returnDate");
    expect(error.extra.issues).toHaveLength(1);
  });

  it("requires a VP receipt for tolls and keeps it when given", () => {
    const vehicle = { distanceKm: 160, tollsCents: 640 };
    expect(refusal(input({ vehicle })).field).toBe("attachmentIds");
    const valid = validateClaimInput(input({ vehicle, attachmentIds: ["pmt", "toll"] }), rules());
    expect(valid.attachmentIds).toEqual(["pmt", "toll"]);
  });

  it("refuses a convocation or parking when the caisse does not allow them", () => {
    const convocation = { kind: PrescriptionKind.CONVOCATION, convocationDate: "2026-11-01" };
    expect(
      refusal(input({ prescription: convocation }), rules({ convocationAllowed: false })).field,
    ).toBe("prescription.kind");
    const parking = { distanceKm: 10, parkingCents: 450 };
    const error = refusal(
      input({ vehicle: parking, attachmentIds: ["pmt", "toll"] }),
      rules({ parkingAllowed: false }),
    );
    expect(error.field).toBe("vehicle.parkingCents");
  });

  it("drops the receipts of an unticked mode", () => {
    const valid = validateClaimInput(input({ attachmentIds: ["pmt", "train"] }), rules());
    expect(valid.attachmentIds).toEqual(["pmt"]);
    expect(valid.publicTransport).toBeNull();
  });

  it("requires a mode, a prescription file, a valid ePMT and the sworn statement", () => {
    expect(refusal(input({ vehicle: null })).field).toBe("vehicle");
    expect(refusal(input({ attachmentIds: [] })).field).toBe("attachmentIds");
    const epmt = { kind: PrescriptionKind.EPMT, epmtNumber: "ABC" };
    expect(refusal(input({ prescription: epmt })).field).toBe("prescription.epmtNumber");
    expect(refusal(input({ sworn: false })).field).toBe("sworn");
  });

  it("refuses hostile numbers and unknown documents with a field, never a crash", () => {
    expect(refusal(input({ vehicle: { distanceKm: -5 } })).field).toBe("vehicle.distanceKm");
    expect(refusal(input({ vehicle: { distanceKm: 10_000 } })).field).toBe("vehicle.distanceKm");
    expect(refusal(input({ vehicle: { distanceKm: 5, tollsCents: 1_000_000 } })).field).toBe(
      "vehicle.tollsCents",
    );
    expect(refusal(input({ publicTransport: { costCents: 0 } })).field).toBe(
      "publicTransport.costCents",
    );
    expect(refusal(input({ attachmentIds: ["pmt", "someone-else"] })).field).toBe("attachmentIds");
    expect(refusal(input({ attachmentIds: Array(21).fill("pmt") })).field).toBe("attachmentIds");
  });

  it("reports identity problems under patient.*", () => {
    const patient = { ...input().patient, nir: "268023155504224", email: "nope", phone: "12" };
    const error = refusal(input({ patient }));
    expect(error.field).toBe("patient.nir");
    expect(error.extra.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "patient.email" }),
        expect.objectContaining({ field: "patient.phone" }),
      ]),
    );
    const future = { ...input().patient, birthDate: "2027-01-01" };
    expect(refusal(input({ patient: future })).field).toBe("patient.birthDate");
  });
});
