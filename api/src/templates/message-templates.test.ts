import { randomUUID } from "node:crypto";
import { startTestApi, type TestApi } from "../../test/test-api";
import { caisseId, createTestAgent, signIn } from "../../test/agents";
import { createTestTemplate } from "../../test/templates";
import { MessageTemplate } from "./message-template.entity";
import { messages } from "./messages";

const LIST =
  "query($k: MessageTemplateKind, $c: ID, $all: Boolean) { messageTemplates(kind: $k, caisseId: $c, includeInactive: $all) { id name active caisse { number } } }";
const CREATE =
  "mutation($i: CreateMessageTemplateInput!) { createMessageTemplate(input: $i) { id name kind subject body active usageCount caisse { number } } }";
const UPDATE =
  "mutation($id: ID!, $i: UpdateMessageTemplateInput!) { updateMessageTemplate(id: $id, input: $i) { id name subject body } }";
const DEACTIVATE = "mutation($id: ID!) { deactivateMessageTemplate(id: $id) { id active } }";
const REACTIVATE = "mutation($id: ID!) { reactivateMessageTemplate(id: $id) { id active } }";

interface Listed {
  messageTemplates: {
    id: string;
    name: string;
    active: boolean;
    caisse: { number: string } | null;
  }[];
}

let api: TestApi;
let supervisor: string; // session cookie of a supervisor of caisse 311
let national: string;
beforeAll(async () => {
  api = await startTestApi();
  supervisor = await signIn(api, (await createTestAgent(api, ["SUPERVISOR"], ["311"])).email);
  national = await signIn(api, (await createTestAgent(api, ["NATIONAL_ADMIN"], [])).email);
});
afterAll(async () => {
  await api.stop();
});

const as = (cookie: string) => ({ cookie });

describe("message templates", () => {
  it("lists the seeded national defaults and the caller's caisses, never another caisse's", async () => {
    const own = await createTestTemplate(api, "311");
    const other = await createTestTemplate(api, "751");

    const { body } = await api.http<Listed>(LIST, {}, as(supervisor));

    const listed = body.data?.messageTemplates ?? [];
    const ids = listed.map((t) => t.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    expect(listed.filter((t) => t.caisse === null).map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "Justificatif à fournir",
        "Prescription absente ou illisible",
        "Trajets déjà remboursés",
      ]),
    );
    expect(listed[0]?.caisse).toBeNull(); // national first

    const byNational = await api.http<Listed>(LIST, { k: "REJECTION" }, as(national));
    const nationalIds = byNational.body.data?.messageTemplates.map((t) => t.id);
    expect(nationalIds).toEqual(expect.arrayContaining([own.id, other.id]));
  });

  it("a supervisor creates a template for their caisse, trimmed, active, unused", async () => {
    const { body } = await api.http(
      CREATE,
      {
        i: {
          caisseId: await caisseId(api.orm.em.fork(), "311"),
          name: `  Pièce manquante ${randomUUID()} `,
          kind: "CONTACT",
          subject: "Demande n° {{ claimNumber }}",
          body: "Bonjour {{patientFirstName}},\n…",
        },
      },
      as(supervisor),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      createMessageTemplate: {
        name: expect.stringMatching(/^Pièce manquante [0-9a-f-]{36}$/),
        kind: "CONTACT",
        active: true,
        usageCount: 0,
        caisse: { number: "311" },
      },
    });
  });

  it("refuses an unknown placeholder at save time, in French, on the field", async () => {
    const template = await createTestTemplate(api, "311");
    const { body } = await api.http(
      UPDATE,
      { id: template.id, i: { body: "Montant : {{montant}} pour {{claimNumber}}" } },
      as(supervisor),
    );
    expect(body.errors?.[0]).toMatchObject({
      message: messages.unknownPlaceholders(["montant"]),
      extensions: { code: "BAD_USER_INPUT", field: "body" },
    });
    const stored = await api.orm.em.fork().findOneOrFail(MessageTemplate, { id: template.id });
    expect(stored.body).toBe(template.body);
  });

  it("refuses an empty subject and a duplicate name (whatever the case) with field errors", async () => {
    const first = await createTestTemplate(api, "311");
    const second = await createTestTemplate(api, "311");

    const empty = await api.http(UPDATE, { id: second.id, i: { subject: "  " } }, as(supervisor));
    const duplicate = await api.http(
      UPDATE,
      { id: second.id, i: { name: first.name.toUpperCase() } },
      as(supervisor),
    );

    expect(empty.body.errors?.[0]).toMatchObject({
      message: "L’objet est obligatoire.",
      extensions: { code: "BAD_USER_INPUT", field: "subject" },
    });
    expect(duplicate.body.errors?.[0]).toMatchObject({
      message: messages.duplicateName,
      extensions: { code: "BAD_USER_INPUT", field: "name" },
    });
  });

  it("deactivates and reactivates, never deletes; inactive ones are listed on request", async () => {
    const template = await createTestTemplate(api, "311");

    const off = await api.http(DEACTIVATE, { id: template.id }, as(supervisor));
    const listed = await api.http<Listed>(LIST, {}, as(supervisor));
    const all = await api.http<Listed>(LIST, { all: true }, as(supervisor));

    expect(off.body.data).toEqual({
      deactivateMessageTemplate: { id: template.id, active: false },
    });
    expect(listed.body.data?.messageTemplates.map((t) => t.id)).not.toContain(template.id);
    expect(all.body.data?.messageTemplates.map((t) => t.id)).toContain(template.id);
    const on = await api.http(REACTIVATE, { id: template.id }, as(supervisor));
    expect(on.body.data).toEqual({ reactivateMessageTemplate: { id: template.id, active: true } });
  });

  it("another caisse's template answers exactly like a missing one", async () => {
    const other = await createTestTemplate(api, "751");
    const answers = await Promise.all(
      [other.id, randomUUID(), "pas-un-identifiant"].map(async (id) => {
        const { body } = await api.http(DEACTIVATE, { id }, as(supervisor));
        return (
          body.errors?.[0] && {
            message: body.errors[0].message,
            code: body.errors[0].extensions?.code,
          }
        );
      }),
    );
    expect(answers).toEqual([
      { message: messages.notFound, code: "NOT_FOUND" },
      { message: messages.notFound, code: "NOT_FOUND" },
      { message: messages.notFound, code: "NOT_FOUND" },
    ]);
  });

  it("national templates: read by supervisors, changed by national admins only", async () => {
    const template = await createTestTemplate(api, null);

    const bySupervisor = await api.http(
      UPDATE,
      { id: template.id, i: { name: "x" } },
      as(supervisor),
    );
    const created = await api.http(
      CREATE,
      { i: { name: "National", kind: "REJECTION", subject: "s", body: "b" } },
      as(supervisor),
    );
    const byNational = await api.http(
      UPDATE,
      { id: template.id, i: { subject: "Demande {{claimNumber}} : réponse" } },
      as(national),
    );

    expect(bySupervisor.body.errors?.[0]).toMatchObject({
      message: messages.nationalOnly,
      extensions: { code: "FORBIDDEN" },
    });
    expect(created.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(byNational.body.errors).toBeUndefined();
  });
});
