import { startTestApi, type TestApi } from "../../test/test-api";
import { caisseId, createTestAgent, TEST_PASSWORD, type TestAgent } from "../../test/agents";
import { createTestTemplate } from "../../test/templates";
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
type Outcome = "ok" | ErrorCode;
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

const OPERATIONS: Record<string, Operation> = {
  me: { query: "{ me { id } }", variables: async () => ({}), expected: everyone },
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

  const result = await api.exec(cell.operation.query, await cell.operation.variables(api, target), {
    principal,
  });

  if (cell.outcome === "ok") {
    expect(result.errors).toBeUndefined();
  } else {
    expect(result.errors?.[0]?.extensions?.code).toBe(cell.outcome);
  }
});
