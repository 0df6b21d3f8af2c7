import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { Caisse } from "../src/caisses/caisse.entity";
import { nirKey } from "../src/patients/nir";
import { sharedFixture } from "./fixtures";
import type { TestApi } from "./test-api";

/** 2026-12-03 at 10:00 in Paris: the frozen "today" of the claim rules' tests. */
export const FROZEN_NOW = new Date("2026-12-03T09:00:00Z");

/** A new active caisse with its own options; numbers 900–999 are not used by the seed. */
export async function createCaisse(
  api: TestApi,
  options: Partial<Pick<Caisse, "convocationAllowed" | "parkingAllowed" | "active">> = {},
): Promise<Caisse> {
  const em = api.orm.em.fork();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const number = String(randomInt(900, 1000));
    if (await em.count(Caisse, { number })) continue;
    const caisse = Object.assign(new Caisse(), {
      number,
      code: `01${number}0000`,
      name: `CPAM de test ${number}`,
      regions: ["Test"],
      active: true,
      processingEmail: `transport.${number}@caisses.example.org`,
      ...options,
    });
    em.persist(caisse);
    await em.flush();
    return caisse;
  }
  throw new Error("no free caisse number left for tests");
}

/** A random, valid NIR of 15 characters, so that tests never share a patient by accident. */
export function randomNir(): string {
  const number = `${randomInt(1, 3)}${String(randomInt(0, 1e12)).padStart(12, "0")}`;
  return number + String(nirKey(number)).padStart(2, "0");
}

export interface Draft {
  id: string;
  token: string;
}

export async function startDraft(api: TestApi): Promise<Draft> {
  const { body } = await api.http<{ startClaimDraft: Draft }>(
    "mutation { startClaimDraft { id token expiresAt } }",
  );
  if (!body.data) throw new Error(`startClaimDraft failed: ${JSON.stringify(body.errors)}`);
  return body.data.startClaimDraft;
}

/** A valid claim input (ePMT, own car, no receipts needed); override any part. */
export function claimInput(caisseId: string, overrides: Record<string, unknown> = {}) {
  return {
    caisseId,
    patient: {
      nir: randomNir(),
      birthDate: "1968-02-14",
      firstName: "Zoé",
      lastName: "Martin",
      email: "zoe.martin@exemple.fr",
    },
    prescription: { kind: "EPMT", epmtNumber: "EPMT0000000001" },
    trips: [{ outboundDate: "2026-11-20", returnDate: "2026-11-20" }],
    vehicle: { distanceKm: 80 },
    attachmentIds: [],
    sworn: true,
    ...overrides,
  };
}

export const CLAIM_FIELDS = `id number status onHold version submittedAt prescriptionKind
  caisse { id number } patient { firstName lastName birthDate nir email }
  trips { outboundDate returnDate } distanceKm tollsCents parkingCents publicTransportCents
  attachments { id kind fileName contentType sizeBytes } events { at type actorType }
  conflictsKept conflictsFixed`;

export const SUBMIT = `mutation Submit($draftId: ID!, $input: ClaimInput!, $confirm: Boolean) {
  submitClaim(draftId: $draftId, input: $input, confirmConflicts: $confirm) {
    claim { ${CLAIM_FIELDS} }
    conflicts { tripIndex date reason otherClaimNumber }
    followUpUrl
  }
}`;

export interface SubmittedClaim {
  id: string;
  number: string;
  status: string;
  version: number;
  trips: { outboundDate: string; returnDate: string | null }[];
  attachments: { id: string; kind: string; contentType: string }[];
  events: { type: string; actorType: string }[];
  conflictsKept: number;
  conflictsFixed: number;
  distanceKm: number | null;
  tollsCents: number | null;
  publicTransportCents: number | null;
  patient: { nir: string; firstName: string; email: string };
}

export interface SubmitResult {
  submitClaim: {
    claim: SubmittedClaim | null;
    conflicts: {
      tripIndex: number;
      date: string;
      reason: string;
      otherClaimNumber: string | null;
    }[];
    followUpUrl: string | null;
  };
}

export function submit(
  api: TestApi,
  draft: Draft,
  input: Record<string, unknown>,
  confirm = false,
) {
  return api.http<SubmitResult>(
    SUBMIT,
    { draftId: draft.id, input, confirm },
    { authorization: `Bearer ${draft.token}` },
  );
}

export interface UploadAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** POST /uploads of a shared fixture document (or of given bytes) with a draft token. */
export async function upload(
  api: TestApi,
  token: string | null,
  kind: string,
  fixture: string,
  options: { bytes?: Buffer; name?: string } = {},
): Promise<UploadAnswer> {
  const bytes = options.bytes ?? readFileSync(sharedFixture("documents", fixture));
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new Blob([new Uint8Array(bytes)]), options.name ?? fixture);
  const response = await fetch(`${api.url}/uploads`, {
    method: "POST",
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Uploads a fixture and returns the new attachment id, failing loudly otherwise. */
export async function uploaded(api: TestApi, draft: Draft, kind: string, fixture: string) {
  const answer = await upload(api, draft.token, kind, fixture);
  if (answer.status !== 201 || typeof answer.body.id !== "string") {
    throw new Error(`upload of ${fixture} failed: ${JSON.stringify(answer)}`);
  }
  return answer.body.id;
}
