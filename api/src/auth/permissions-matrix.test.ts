import { startTestApi, type TestApi } from "../../test/test-api";
import { caisseId, createTestAgent, TEST_PASSWORD, type TestAgent } from "../../test/agents";
import { createTestClaim } from "../../test/claims";
import { createTestTemplate } from "../../test/templates";
import { ClaimStatus } from "../claims/claim-enums";
import { MessageTemplateKind } from "../templates/message-template.entity";
import { PAYMENT_HEADER } from "../payments/payment-csv";
import { platformSchema } from "../app/schema";
import { ANONYMOUS, type Principal } from "../graphql/context";
import type { ErrorCode } from "../graphql/errors";
import type { AgentRole } from "./permissions";

/**
 * Roles × own/other caisse × every operation this branch owns: exactly the allowed cells
 * succeed, and every refused cell answers with the expected code. Callers belong to caisse
 * 311; "other" targets caisse 751.
 */
type Caller = "ANONYMOUS" | AgentRole;
// OTHER_CAISSE: a payment line naming a caisse that is not the importer's, refused on its line.
type Outcome = "ok" | ErrorCode | "OTHER_CAISSE";
type Cell = [own: Outcome, other: Outcome];

const CALLERS: Caller[] = ["ANONYMOUS", "AGENT", "SUPERVISOR", "LOCAL_ADMIN", "NATIONAL_ADMIN"];
const OWN = "311";
const OTHER = "751";

interface Target {
  caisseNumber: string;
  caisseId: string;
  /** An agent of the target caisse (for logIn). */
  agent: TestAgent;
}

interface Operation {
  query: string;
  variables(api: TestApi, target: Target): Promise<Record<string, unknown>>;
  expected: Record<Caller, Cell>;
  /** For operations that report per item instead of failing: the item's outcome. */
  outcome?: (data: Record<string, unknown>) => string;
}

const templateIdOf = async (api: TestApi, target: Target) => ({
  id: (await createTestTemplate(api, target.caisseNumber)).id,
});
const everyone: Record<Caller, Cell> = {
  ANONYMOUS: ["ok", "ok"],
  AGENT: ["ok", "ok"],
  SUPERVISOR: ["ok", "ok"],
  LOCAL_ADMIN: ["ok", "ok"],
  NATIONAL_ADMIN: ["ok", "ok"],
};
const templateWrite: Record<Caller, Cell> = {
  ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
  AGENT: ["FORBIDDEN", "FORBIDDEN"],
  SUPERVISOR: ["ok", "NOT_FOUND"],
  LOCAL_ADMIN: ["FORBIDDEN", "FORBIDDEN"],
  NATIONAL_ADMIN: ["ok", "ok"],
};

// Claims of the target caisse, made fresh for each cell so that no cell depends on another.
const claimIn = async (
  api: TestApi,
  target: Target,
  status: ClaimStatus = ClaimStatus.SUBMITTED,
  extra: { onHold?: boolean } = {},
) => {
  const claim = await createTestClaim(api, {
    caisseNumber: target.caisseNumber,
    status,
    agentId: target.agent.id,
    ...extra,
  });
  return { id: claim.id, v: claim.version, number: claim.number };
};
const readClaims: Record<Caller, Cell> = {
  ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
  AGENT: ["ok", "NOT_FOUND"],
  SUPERVISOR: ["ok", "NOT_FOUND"],
  LOCAL_ADMIN: ["FORBIDDEN", "FORBIDDEN"],
  NATIONAL_ADMIN: ["ok", "ok"],
};
const processClaims: Record<Caller, Cell> = {
  ...readClaims,
  // SPEC 3: supervisors read everything but take no status action.
  SUPERVISOR: ["FORBIDDEN", "FORBIDDEN"],
};
const readEverywhere: Record<Caller, Cell> = {
  ...readClaims,
  AGENT: ["ok", "ok"],
  SUPERVISOR: ["ok", "ok"],
};
/** The first item of a list field of a payload, as reported: "ok" or its error code. */
const firstItem =
  (field: string, list: string, codeOf: (item: Record<string, unknown>) => unknown) =>
  (data: Record<string, unknown>): string => {
    const payload = data[field];
    const items = typeof payload === "object" && payload !== null ? Reflect.get(payload, list) : [];
    const first: unknown = Array.isArray(items) ? items[0] : undefined;
    if (typeof first !== "object" || first === null) return "INTERNAL_SERVER_ERROR";
    if (Reflect.get(first, "ok") === true) return "ok";
    const code = codeOf({ ...first });
    return typeof code === "string" ? code : "INTERNAL_SERVER_ERROR";
  };
const VERSION_ARGS = "$id: ID!, $v: Int!";

// Account management: a local admin (of the own caisse) manages the accounts of that caisse
// only; an account of another caisse answers like a missing one.
const manageAccounts: Record<Caller, Cell> = {
  ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
  AGENT: ["FORBIDDEN", "FORBIDDEN"],
  SUPERVISOR: ["FORBIDDEN", "FORBIDDEN"],
  LOCAL_ADMIN: ["ok", "NOT_FOUND"],
  NATIONAL_ADMIN: ["ok", "ok"],
};
// A fresh account of the target caisse for each cell, since cells deactivate them.
const accountIn = async (api: TestApi, target: Target) => ({
  id: (await createTestAgent(api, ["AGENT"], [target.caisseNumber])).id,
});

const OPERATIONS: Record<string, Operation> = {
  claims: {
    query: "query($c: [ID!]) { claims(filter: { caisseIds: $c }) { totalCount } }",
    // Another caisse in the filter is not an error: it simply matches nothing.
    variables: async (_api, target) => ({ c: [target.caisseId] }),
    expected: readEverywhere,
  },
  claim: {
    query: "query($id: ID!) { claim(id: $id) { id review { assignedToMe } } }",
    variables: (api, target) => claimIn(api, target),
    expected: readClaims,
  },
  dashboard: {
    query: "{ dashboard { onHoldCount countsByStatus { status count } } }",
    variables: async () => ({}),
    expected: readEverywhere,
  },
  takeClaim: {
    query: `mutation(${VERSION_ARGS}) { takeClaim(id: $id, version: $v) { id } }`,
    variables: (api, target) => claimIn(api, target),
    expected: processClaims,
  },
  validateClaim: {
    query: `mutation(${VERSION_ARGS}) { validateClaim(id: $id, version: $v) { id } }`,
    variables: (api, target) => claimIn(api, target, ClaimStatus.IN_PROGRESS),
    expected: processClaims,
  },
  validateClaims: {
    query: `mutation(${VERSION_ARGS}) {
      validateClaims(claims: [{ id: $id, version: $v }]) { outcomes { ok code } }
    }`,
    variables: (api, target) => claimIn(api, target, ClaimStatus.IN_PROGRESS),
    expected: processClaims,
    outcome: firstItem("validateClaims", "outcomes", (item) => item.code),
  },
  rejectClaim: {
    query: `mutation(${VERSION_ARGS}, $t: ID!) { rejectClaim(id: $id, version: $v, templateId: $t) { id } }`,
    variables: async (api, target) => ({
      ...(await claimIn(api, target)),
      t: (await createTestTemplate(api, target.caisseNumber)).id,
    }),
    expected: processClaims,
  },
  setClaimOnHold: {
    query: `mutation(${VERSION_ARGS}) { setClaimOnHold(id: $id, version: $v, reason: "Pièce") { id } }`,
    variables: (api, target) => claimIn(api, target),
    expected: processClaims,
  },
  releaseClaimHold: {
    query: `mutation(${VERSION_ARGS}) { releaseClaimHold(id: $id, version: $v) { id } }`,
    variables: (api, target) => claimIn(api, target, ClaimStatus.SUBMITTED, { onHold: true }),
    expected: processClaims,
  },
  contactPatient: {
    query: `mutation(${VERSION_ARGS}, $t: ID!) { contactPatient(id: $id, version: $v, templateId: $t) { id } }`,
    variables: async (api, target) => ({
      ...(await claimIn(api, target)),
      t: (await createTestTemplate(api, target.caisseNumber, { kind: MessageTemplateKind.CONTACT }))
        .id,
    }),
    expected: processClaims,
  },
  correctClaim: {
    query: `mutation(${VERSION_ARGS}) {
      correctClaim(id: $id, version: $v, input: { distanceKm: 91 }) { changedFields }
    }`,
    variables: (api, target) => claimIn(api, target),
    expected: processClaims,
  },
  exportPayments: {
    query: "query($c: ID) { exportPayments(caisseId: $c) }",
    variables: async (_api, target) => ({ c: target.caisseId }),
    expected: {
      ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
      AGENT: ["FORBIDDEN", "FORBIDDEN"],
      SUPERVISOR: ["ok", "NOT_FOUND"],
      LOCAL_ADMIN: ["FORBIDDEN", "FORBIDDEN"],
      NATIONAL_ADMIN: ["ok", "ok"],
    },
  },
  importPayments: {
    query: `mutation($csv: String!) {
      importPayments(csv: $csv) { lines { ok errors { code } } }
    }`,
    variables: async (api, target) => {
      const claim = await claimIn(api, target, ClaimStatus.VALIDATED);
      const line = `${target.caisseNumber};${claim.number};;;;10/06/2026;18,32;19;1;;`;
      return { csv: `${PAYMENT_HEADER}\n${line}` };
    },
    expected: {
      ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
      AGENT: ["FORBIDDEN", "FORBIDDEN"],
      // The line names a caisse that is not the importer's: refused on its line.
      SUPERVISOR: ["ok", "OTHER_CAISSE"],
      LOCAL_ADMIN: ["FORBIDDEN", "FORBIDDEN"],
      NATIONAL_ADMIN: ["ok", "ok"],
    },
    outcome: firstItem("importPayments", "lines", (item) =>
      Array.isArray(item.errors) ? Reflect.get(item.errors[0] ?? {}, "code") : undefined,
    ),
  },
  me: { query: "{ me { id } }", variables: async () => ({}), expected: everyone },
  agents: {
    query: "query($c: ID) { agents(caisseId: $c) { totalCount } }",
    variables: async (_api, target) => ({ c: target.caisseId }),
    expected: manageAccounts,
  },
  createAgent: {
    query: "mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }",
    variables: async (_api, target) => ({
      i: {
        email: `matrice-${Math.random()}@test.gouv.fr`,
        firstName: "Alix",
        lastName: "Matrice",
        roles: ["AGENT"],
        caisseIds: [target.caisseId],
      },
    }),
    // A caisse out of scope is reported like an unknown caisse id.
    expected: { ...manageAccounts, LOCAL_ADMIN: ["ok", "BAD_USER_INPUT"] },
  },
  updateAgent: {
    query: 'mutation($id: ID!) { updateAgent(id: $id, input: { firstName: "Alix" }) { id } }',
    variables: accountIn,
    expected: manageAccounts,
  },
  deactivateAgent: {
    query: "mutation($id: ID!) { deactivateAgent(id: $id) { id } }",
    variables: accountIn,
    expected: manageAccounts,
  },
  reactivateAgent: {
    query: "mutation($id: ID!) { reactivateAgent(id: $id) { id } }",
    variables: accountIn,
    expected: manageAccounts,
  },
  sendSetPasswordLink: {
    query: "mutation($id: ID!) { sendSetPasswordLink(id: $id) }",
    variables: accountIn,
    expected: manageAccounts,
  },
  logIn: {
    query: "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }",
    variables: async (_api, target) => ({ e: target.agent.email, p: TEST_PASSWORD }),
    expected: everyone,
  },
  logOut: { query: "mutation { logOut }", variables: async () => ({}), expected: everyone },
  messageTemplates: {
    query: "query($c: ID) { messageTemplates(caisseId: $c) { id } }",
    variables: async (_api, target) => ({ c: target.caisseId }),
    expected: {
      ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
      AGENT: ["ok", "NOT_FOUND"],
      SUPERVISOR: ["ok", "NOT_FOUND"],
      LOCAL_ADMIN: ["FORBIDDEN", "FORBIDDEN"],
      NATIONAL_ADMIN: ["ok", "ok"],
    },
  },
  messageTemplatePlaceholders: {
    query: "{ messageTemplatePlaceholders }",
    variables: async () => ({}),
    expected: {
      ANONYMOUS: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
      AGENT: ["ok", "ok"],
      SUPERVISOR: ["ok", "ok"],
      LOCAL_ADMIN: ["FORBIDDEN", "FORBIDDEN"],
      NATIONAL_ADMIN: ["ok", "ok"],
    },
  },
  createMessageTemplate: {
    query: "mutation($i: CreateMessageTemplateInput!) { createMessageTemplate(input: $i) { id } }",
    variables: async (_api, target) => ({
      i: {
        caisseId: target.caisseId,
        name: `Matrice ${Math.random()}`,
        kind: "CONTACT",
        subject: "Demande {{claimNumber}}",
        body: "Bonjour",
      },
    }),
    expected: {
      ...templateWrite,
      // A caisse out of scope is reported like an unknown caisse id.
      SUPERVISOR: ["ok", "BAD_USER_INPUT"],
    },
  },
  updateMessageTemplate: {
    query:
      'mutation($id: ID!) { updateMessageTemplate(id: $id, input: { subject: "Nouvel objet" }) { id } }',
    variables: templateIdOf,
    expected: templateWrite,
  },
  deactivateMessageTemplate: {
    query: "mutation($id: ID!) { deactivateMessageTemplate(id: $id) { id } }",
    variables: templateIdOf,
    expected: templateWrite,
  },
  reactivateMessageTemplate: {
    query: "mutation($id: ID!) { reactivateMessageTemplate(id: $id) { id } }",
    variables: templateIdOf,
    expected: templateWrite,
  },
};

let api: TestApi;
const principals = new Map<Caller, Principal>();
const targets = new Map<"own" | "other", Target>();

beforeAll(async () => {
  api = await startTestApi();
  principals.set("ANONYMOUS", ANONYMOUS);
  for (const role of CALLERS) {
    if (role !== "ANONYMOUS")
      principals.set(role, (await createTestAgent(api, [role], [OWN])).principal);
  }
  const em = api.orm.em.fork();
  for (const [side, number] of [
    ["own", OWN],
    ["other", OTHER],
  ] as const) {
    const agent = await createTestAgent(api, ["AGENT"], [number]);
    targets.set(side, { caisseNumber: number, caisseId: await caisseId(em, number), agent });
  }
});
afterAll(async () => {
  await api.stop();
});

const cells = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
  CALLERS.flatMap((caller) =>
    (["own", "other"] as const).map((side, index) => ({
      name,
      operation,
      caller,
      side,
      outcome: operation.expected[caller][index],
    })),
  ),
);

it("covers every operation this branch adds to the schema", async () => {
  const schema = await platformSchema();
  const all = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ];
  // caisses is public reference data, tested in caisses.test.ts; the password-link
  // mutations are public and tested in set-password.test.ts.
  const elsewhere = [
    "caisses",
    "requestPasswordReset",
    "setPassword",
    // Patient operations: token-authorised, tested in claims/*.test.ts.
    "startClaimDraft",
    "submitClaim",
    "patientClaim",
    "cancelClaim",
    // Public estimate over tariffs only, tested in tariffs/estimate.test.ts.
    "claimEstimate",
  ];
  expect(all.filter((op) => !elsewhere.includes(op)).sort()).toEqual(
    Object.keys(OPERATIONS).sort(),
  );
});

it.each(cells)("$name by $caller on the $side caisse: $outcome", async (cell) => {
  const target = targets.get(cell.side);
  const principal = principals.get(cell.caller);
  if (!target || !principal) throw new Error("matrix not set up");

  const result = await api.exec<Record<string, unknown>>(
    cell.operation.query,
    await cell.operation.variables(api, target),
    {
      principal,
    },
  );

  const code = result.errors?.[0]?.extensions?.code;
  const reported =
    typeof code === "string"
      ? code
      : result.data && cell.operation.outcome
        ? cell.operation.outcome(result.data)
        : "ok";
  expect(reported).toBe(cell.outcome);
  if (cell.outcome === "ok") expect(result.errors).toBeUndefined();
});
