"use client";

import { useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { formatCents, formatLocalDate } from "@/claim/format";
import type { ClaimStatus } from "@/claim/claim-status";
import { apiFailure, failureText } from "@/errors/api-errors";
import { ClaimPaymentDocument } from "./payments.documents";
import { paymentsMessages } from "./payments.messages";
import { FigureList } from "@/claim/FigureList";

const m = paymentsMessages.claim;

export type ClaimPaymentProps = { claimId: string; status: ClaimStatus };

/** The payment data the back office sent back for a validated claim (SPEC 4.8). */
export function ClaimPayment({ claimId, status }: ClaimPaymentProps) {
  const validated = status === "VALIDATED";
  // Its own request, kept out of the cache: the claim page's query owns the cached `review`
  // of this claim, and a second partial `review` written beside it would replace it.
  const { data, error } = useQuery(ClaimPaymentDocument, {
    variables: { id: claimId },
    skip: !validated,
    fetchPolicy: "no-cache",
  });
  if (!validated) return null;

  const payment = data?.claim?.review?.payment;
  const rows: [string, string][] = payment?.mandateDate
    ? [
        [m.mandateDate, formatLocalDate(payment.mandateDate)],
        [m.base, formatCents(payment.baseCents)],
        [m.amount, formatCents(payment.amountCents)],
        [m.shift, payment.shift ? m.yes : m.no],
        [m.finess, payment.finess ?? "—"],
        [m.adeli, payment.adeli ?? "—"],
      ]
    : [];
  return (
    <section aria-labelledby="paiement-titre">
      <h2 id="paiement-titre" className={fr.cx("fr-h4")}>
        {m.title}
      </h2>
      {error && <Alert severity="error" small description={failureText(apiFailure(error))} />}
      {!data && !error && <p role="status">{m.loading}</p>}
      {data && rows.length === 0 && <p>{m.waiting}</p>}
      {rows.length > 0 && <FigureList rows={rows} />}
    </section>
  );
}
