import { caisseCondition, inCaisseScope } from "../auth/caisse-scope";
import type { GraphQLContext } from "../graphql/context";
import { NotFoundError } from "../graphql/errors";
import { isUuid } from "../shared/uuid";
import { MessageTemplate, type MessageTemplateKind } from "./message-template.entity";
import { messages } from "./messages";

export interface TemplateListFilter {
  kind?: MessageTemplateKind | null;
  /** Only the templates usable for this caisse: its own and the national ones. */
  caisseId?: string | null;
  includeInactive: boolean;
}

/** The national templates and those of the caller's caisses, national first, then by name. */
export async function listTemplates(
  ctx: GraphQLContext,
  filter: TemplateListFilter,
): Promise<MessageTemplate[]> {
  const { caisseId } = filter;
  if (caisseId && (!isUuid(caisseId) || !inCaisseScope(ctx.principal, caisseId))) {
    throw new NotFoundError(messages.caisseNotFound);
  }
  // National rows plus the caisse's (or the caller's caisses'); national roles see every row.
  const scope = caisseId ? { caisse: caisseId } : caisseCondition(ctx.principal, "caisse");
  const rows = await ctx.em.find(
    MessageTemplate,
    {
      ...("caisse" in scope ? { $or: [{ caisse: null }, scope] } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.includeInactive ? {} : { active: true }),
    },
    { populate: ["caisse"], orderBy: { kind: "asc", name: "asc" } },
  );
  // National first, then per caisse number: the order a supervisor scans the list in.
  return rows.sort((a, b) => (a.caisse?.number ?? "").localeCompare(b.caisse?.number ?? ""));
}
