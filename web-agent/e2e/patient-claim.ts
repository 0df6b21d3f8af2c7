import { readFileSync } from "node:fs";
import path from "node:path";

// Test support: a patient's claim submitted straight through the API's patient operations
// (the web-patient form is built separately), with the shared prescription photo.
const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures/documents");

export interface SubmittedClaim {
  id: string;
  number: string;
  /** The token of the patient's personal link. */
  token: string;
}

function apiUrl(pathname: string): string {
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

/** A calendar date some days ago, "YYYY-MM-DD" (well inside the claim deadline). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function submitPatientClaim(
  caisseNumber: string,
  lastName: string,
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

  const form = new FormData();
  form.set("kind", "PRESCRIPTION");
  const photo = readFileSync(path.join(FIXTURES, "pmt-photo.jpg"));
  form.set("file", new Blob([photo], { type: "image/jpeg" }), "pmt-photo.jpg");
  const upload = await fetch(apiUrl("/uploads"), { method: "POST", headers: auth, body: form });
  if (upload.status !== 201)
    throw new Error(`upload refused: ${upload.status} ${await upload.text()}`);
  const attachment: { id: string } = await upload.json();

  const input = {
    caisseId: caisse.id,
    patient: {
      nir: "268023155504223",
      birthDate: "1968-02-14",
      firstName: "Lucie",
      lastName,
      email: "lucie.patiente@example.fr",
    },
    prescription: { kind: "PMT" },
    trips: [{ outboundDate: daysAgo(4), returnDate: daysAgo(4) }],
    vehicle: { distanceKm: 42 },
    attachmentIds: [attachment.id],
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
