import type { NonEmptyArray } from "type-graphql";
import { AgentAccountsResolver } from "../agents/accounts/agent-accounts.resolver";
import { AgentResolver } from "../agents/agent.resolver";
import { CaisseResolver } from "../caisses/caisse.resolver";
import { ClaimRelationsResolver } from "../claims/claim-relations.resolver";
import { ClaimResolver } from "../claims/claim.resolver";
import { ClaimActionsResolver } from "../claims/review/claim-actions.resolver";
import { ClaimQueueResolver } from "../claims/review/claim-queue.resolver";
import { DashboardResolver } from "../claims/review/dashboard.resolver";
import type { ResolverClass } from "../graphql/build-schema";
import { PaymentResolver } from "../payments/payment.resolver";
import { EstimateResolver } from "../tariffs/estimate.resolver";
import { MessageTemplateResolver } from "../templates/message-template.resolver";

/** Every resolver of the public schema. Features add theirs here. */
export const resolvers: NonEmptyArray<ResolverClass> = [
  CaisseResolver,
  AgentResolver,
  AgentAccountsResolver,
  MessageTemplateResolver,
  ClaimResolver,
  ClaimRelationsResolver,
  EstimateResolver,
  ClaimQueueResolver,
  DashboardResolver,
  ClaimActionsResolver,
  PaymentResolver,
];
