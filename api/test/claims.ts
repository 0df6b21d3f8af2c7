import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { AttachmentKind } from "../src/attachments/attachment-kind";
import { Caisse } from "../src/caisses/caisse.entity";
import type { Claim } from "../src/claims/claim.entity";
import { ClaimStatus } from "../src/claims/claim-enums";
import { insertClaim, type ClaimSeed, type SeedDocument } from "../src/claims/demo/insert-claim";
import { randomNir } from "./factories";
import { sharedFixture } from "./fixtures";
import type { TestApi } from "./test-api";

export interface TestClaimOptions extends Partial<Omit<ClaimSeed, "caisse" | "patient">> {
  /** Caisse number ("311") of the claim; 311 unless told. */
  caisseNumber?: string;
  patient?: Partial<ClaimSeed["patient"]>;
  /** Attach the prescription photo and a toll receipt from the shared fixtures. */
  withDocuments?: boolean;
}

export interface TestClaim {
  id: string;
  number: string;
  version: number;
  caisseId: string;
  patientEmail: string;
}

let fixtures: SeedDocument[] | undefined;

/** Two real documents: the prescription photo and a PDF receipt. */
export function fixtureDocuments(): SeedDocument[] {
  fixtures ??= [
    {
      kind: AttachmentKind.PRESCRIPTION,
      fileName: "prescription.jpg",
      contentType: "image/jpeg",
      data: readFileSync(sharedFixture("documents", "pmt-photo.jpg")),
    },
    {
      kind: AttachmentKind.VP_RECEIPT,
      fileName: "reçu péage.pdf",
      contentType: "application/pdf",
      data: readFileSync(sharedFixture("documents", "receipt-train.pdf")),
    },
  ];
  return fixtures;
}

/**
 * A claim written directly in the given status (SUBMITTED unless told), with a patient of
 * its own, two trips and 80 km; agent statuses need `agentId`.
 */
export async function createTestClaim(
  api: TestApi,
  options: TestClaimOptions = {},
): Promise<TestClaim> {
  const { caisseNumber = "311", patient = {}, withDocuments = false, ...rest } = options;
  const nir = randomNir();
  let claim: Claim | undefined;
  await api.orm.em.fork().transactional(async (tx) => {
    const caisse = await tx.findOneOrFail(Caisse, { number: caisseNumber });
    claim = await insertClaim(tx, api.storage, {
      caisse,
      status: ClaimStatus.SUBMITTED,
      submittedAt: new Date(Date.UTC(2026, 10, 25, 9, randomInt(60), randomInt(60))),
      trips: [
        { outboundDate: "2026-11-02", returnDate: "2026-11-02" },
        { outboundDate: "2026-11-09", returnDate: "2026-11-09" },
      ],
      distanceKm: 80,
      documents: withDocuments ? fixtureDocuments() : [],
      ...rest,
      patient: {
        nir: nir.slice(0, 13),
        nirKey: nir.slice(13),
        birthDate: "1971-05-04",
        firstName: "Léa",
        lastName: "Dupré",
        email: `patient.${randomInt(1e9)}@exemple.fr`,
        ...patient,
      },
    });
  });
  if (!claim) throw new Error("claim not created");
  return {
    id: claim.id,
    number: claim.number,
    version: claim.version,
    caisseId: claim.caisse.id,
    patientEmail: claim.patient.email,
  };
}
