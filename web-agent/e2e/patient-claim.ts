import { readFileSync } from "node:fs";
import path from "node:path";

// Test support: a patient's claim submitted straight through the API's patient operations
// (the web-patient form is built separately), with documents of the shared fixtures.
const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures/documents");

export interface SubmittedClaim {
  id: string;
  number: string;
  /** The token of the patient's personal link. */
  token: string;
}

export function apiUrl(pathname: string): string {
  const base = process.env.MRS_API_URL;
  if (!base) throw new Error("MRS_API_URL is not set: run the browser tests through jest");
  return new URL(pathname, base).toString();
}

export async function graphQL<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(apiUrl("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body: { data?: T; errors?: unknown[] } = await response.json();
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A last name of letters only, unique per run: the clock spelled out in letters. */
export function uniqueName(prefix: string): string {
  named += 1;
  const letters = `${Date.now().toString(36)}${named}`.replace(
    /\d/g,
    (digit) => "abcdefghij"[Number(digit)] ?? "",
  );
  return `${prefix}-${letters}`;
}

let named = 0;

/** A valid NIR (woman born in February 1968, in the Haute-Garonne), random otherwise. */
function randomNir(): string {
  const serial = String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0");
  const number = `2680231${serial}`;
  const key = 97 - Number(BigInt(number) % 97n);
  return `${number}${String(key).padStart(2, "0")}`;
}

/** A calendar date some days ago, "YYYY-MM-DD" (well inside the claim deadline). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A document of the shared fixtures, uploaded as the patient would. */
interface FixtureUpload {
  kind: "PRESCRIPTION" | "VP_RECEIPT" | "ATP_RECEIPT";
  file: string;
  type: "image/jpeg" | "image/png" | "application/pdf";
}

export interface ClaimOptions {
  /** The prescription: the phone photo unless told. */
  prescription?: FixtureUpload;
  /** Also travelled by train, with the two-page ticket as receipt. */
  byTrain?: boolean;
}

const PHOTO: FixtureUpload = { kind: "PRESCRIPTION", file: "pmt-photo.jpg", type: "image/jpeg" };
export const SCAN: FixtureUpload = {
  kind: "PRESCRIPTION",
  file: "pmt-scan.pdf",
  type: "application/pdf",
};
const TRAIN: FixtureUpload = {
  kind: "ATP_RECEIPT",
  file: "receipt-train.pdf",
  type: "application/pdf",
};

async function upload(auth: Record<string, string>, document: FixtureUpload): Promise<string> {
  const form = new FormData();
  form.set("kind", document.kind);
  const data = readFileSync(path.join(FIXTURES, document.file));
  form.set("file", new Blob([data], { type: document.type }), document.file);
  const response = await fetch(apiUrl("/uploads"), { method: "POST", headers: auth, body: form });
  if (response.status !== 201)
    throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  const attachment: { id: string } = await response.json();
  return attachment.id;
}

export async function submitPatientClaim(
  caisseNumber: string,
  lastName: string,
  options: ClaimOptions = {},
): Promise<SubmittedClaim> {
  const { caisses } = await graphQL<{ caisses: { id: string; number: string }[] }>(
    "{ caisses { id number } }",
  );
  const caisse = caisses.find((each) => each.number === caisseNumber);
  if (!caisse) throw new Error(`no active caisse ${caisseNumber}`);

  const { startClaimDraft: draft } = await graphQL<{
    startClaimDraft: { id: string; token: string };
  }>("mutation { startClaimDraft { id token } }");
  const auth = { authorization: `Bearer ${draft.token}` };

  const documents = [options.prescription ?? PHOTO, ...(options.byTrain ? [TRAIN] : [])];
  const attachmentIds: string[] = [];
  for (const document of documents) attachmentIds.push(await upload(auth, document));

  const input = {
    caisseId: caisse.id,
    patient: {
      // A NIR of its own: claims of one patient would all answer a search by name.
      nir: randomNir(),
      birthDate: "1968-02-14",
      firstName: "Lucie",
      lastName,
      email: "lucie.patiente@example.fr",
    },
    prescription: { kind: "PMT" },
    trips: [{ outboundDate: daysAgo(4), returnDate: daysAgo(4) }],
    vehicle: { distanceKm: 42 },
    publicTransport: options.byTrain ? { costCents: 2_380 } : null,
    attachmentIds,
    sworn: true,
  };
  const { submitClaim } = await graphQL<{
    submitClaim: { claim: { id: string; number: string } | null; followUpUrl: string | null };
  }>(
    `mutation Submit($draftId: ID!, $input: ClaimInput!) {
      submitClaim(draftId: $draftId, input: $input, confirmConflicts: true) {
        claim { id number }
        followUpUrl
      }
    }`,
    { draftId: draft.id, input },
    auth,
  );
  if (!submitClaim.claim || !submitClaim.followUpUrl) throw new Error("claim not stored");
  const token = new URL(submitClaim.followUpUrl).searchParams.get("jeton");
  if (!token) throw new Error("no personal-link token");
  return { ...submitClaim.claim, token };
}

export async function patientClaimStatus(claim: SubmittedClaim): Promise<string> {
  const { patientClaim } = await graphQL<{ patientClaim: { status: string } | null }>(
    "query Follow($id: ID!, $token: String!) { patientClaim(id: $id, token: $token) { status } }",
    { id: claim.id, token: claim.token },
  );
  if (!patientClaim) throw new Error("the patient cannot see the claim");
  return patientClaim.status;
}
