import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Requires } from "../auth/access";
import type { GraphQLContext } from "../graphql/context";
import { exportPayments } from "./export-payments";
import { importPayments } from "./import-payments";
import { ImportPaymentsPayload } from "./payment.types";

/** The payment-data exchange with the national back office (SPEC 4.8), as CSV text. */
@Resolver()
export class PaymentResolver {
  @Requires("claims:export")
  @Query(() => String, {
    description:
      "CSV des demandes validées sans date de mandatement (séparateur « ; », dates jj/mm/aaaa), " +
      "d'une caisse ou de toutes les vôtres.",
  })
  exportPayments(
    @Arg("caisseId", () => ID, { nullable: true }) caisseId: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return exportPayments(ctx, caisseId ?? null);
  }

  @Requires("payments:import")
  @Mutation(() => ImportPaymentsPayload, {
    description:
      "Importe le CSV renvoyé par la liquidation : chaque ligne est enregistrée en entier ou " +
      "refusée avec ses erreurs ; une demande qui a déjà ses données de paiement n'est jamais " +
      "modifiée (ALREADY_PAID), réimporter un fichier est donc sans risque. Un fichier refusé " +
      "en entier donne BAD_USER_INPUT (field csv) avec extensions.reason : EMPTY_FILE, " +
      "NOT_CSV, UNREADABLE_CSV, WRONG_HEADER, NO_DATA_LINE ou TOO_MANY_LINES ; au-delà " +
      "d'1 Mio, la requête est refusée en HTTP 413 (reason TOO_LARGE).",
  })
  importPayments(
    @Arg("csv", { description: "Contenu du fichier, en-tête compris." }) csv: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportPaymentsPayload> {
    return importPayments(ctx, csv);
  }
}
