import type { GraphQLContext } from "../../graphql/context";
import { DomainError, InputError } from "../../graphql/errors";
import { agentOf, runInTransaction } from "./claim-action";
import {
  ClaimOutcomeType,
  ValidateClaimsPayload,
  type ClaimVersionInput,
} from "./claim-actions.types";
import { loadClaimViews } from "./claim-views";
import { reviewMessages } from "./messages";
import { validate } from "./validate-claim";

export const MAX_BULK = 100;

/**
 * Validates several claims, each in its own transaction (SPEC 4.4: all-or-nothing per claim):
 * a claim that cannot be validated is reported with its code and message and does not stop
 * the others. Outcomes come back in the order received.
 */
export async function validateClaims(
  ctx: GraphQLContext,
  claims: ClaimVersionInput[],
): Promise<ValidateClaimsPayload> {
  const agent = agentOf(ctx);
  if (claims.length === 0) throw new InputError("claims", reviewMessages.bulkEmpty);
  if (claims.length > MAX_BULK)
    throw new InputError("claims", reviewMessages.bulkTooMany(MAX_BULK));

  const outcomes: ClaimOutcomeType[] = [];
  for (const { id, version } of claims) {
    try {
      await runInTransaction(ctx, agent, id, version, validate);
      outcomes.push(outcome(id, null, null));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push(outcome(id, error.code, error.message));
    }
  }

  const validated = outcomes.filter((o) => o.ok).map((o) => o.id);
  const views = await loadClaimViews(ctx.em, validated, ctx.principal);
  for (const view of views) {
    const done = outcomes.find((o) => o.id === view.id && o.ok);
    if (done) done.claim = view;
  }
  ctx.logger.info(
    { validated: validated.length, refused: claims.length - validated.length },
    "bulk validation",
  );
  return Object.assign(new ValidateClaimsPayload(), { outcomes, validatedCount: validated.length });
}

function outcome(id: string, code: string | null, message: string | null): ClaimOutcomeType {
  return Object.assign(new ClaimOutcomeType(), {
    id,
    ok: code === null,
    code,
    message,
    claim: null,
  });
}
