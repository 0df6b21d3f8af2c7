"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ClaimActions } from "@/actions/ClaimActions";
import { ClaimDocuments } from "@/documents/ClaimDocuments";
import { apiFailure, failureText } from "@/errors/api-errors";
import { ClaimPayment } from "@/payments/ClaimPayment";
import { rememberedQueueOrder, nextClaimId } from "@/shortcuts/next-claim";
import { ShortcutHelp } from "@/shortcuts/ShortcutHelp";
import { useShortcuts } from "@/shortcuts/use-shortcuts";
import { ClaimDetailDocument } from "./claim.documents";
import { claimMessages as m } from "./claim.messages";
import { ClaimConflicts } from "./ClaimConflicts";
import { ClaimExpenses } from "./ClaimExpenses";
import { ClaimIdentity } from "./ClaimIdentity";
import { ClaimSummary } from "./ClaimSummary";
import { ClaimTimeline } from "./ClaimTimeline";
import { ClaimTrips } from "./ClaimTrips";

const PAGE_SHORTCUTS: Readonly<Record<string, "next">> = { n: "next" };

export type ClaimViewProps = { id: string };

/** Everything an agent needs to decide on one claim, on one page. */
export function ClaimView({ id }: ClaimViewProps) {
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error } = useQuery(ClaimDetailDocument, { variables: { id } });
  const claim = data?.claim;

  useShortcuts(PAGE_SHORTCUTS, () => {
    const next = nextClaimId(rememberedQueueOrder(), id);
    router.push(next ? `/demandes/${next}` : "/demandes");
  });
  // A new claim opened by the keyboard: say so to screen readers by moving the focus.
  const loadedId = claim?.id;
  useEffect(() => {
    if (loadedId) headingRef.current?.focus();
  }, [loadedId]);

  if (error) return <Alert severity="error" small description={failureText(apiFailure(error))} />;
  if (!data) return <p role="status">{m.loading}</p>;
  if (!claim) return <Alert severity="warning" small description={m.notFound} />;
  return (
    <>
      <p>
        <Link
          href="/demandes"
          className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}
        >
          {m.backToQueue}
        </Link>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {m.title(claim.number)}
      </h1>
      <ClaimSummary claim={claim} />
      <ClaimActions claim={claim} />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mt-2w")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-7")}>
          <ClaimDocuments attachments={claim.attachments} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-lg-5")}>
          <ClaimIdentity claim={claim} />
          <ClaimTrips claim={claim} />
          <ClaimExpenses claim={claim} />
          <ClaimPayment claimId={claim.id} status={claim.status} />
        </div>
      </div>
      <ClaimConflicts claim={claim} />
      <ClaimTimeline claim={claim} />
      <ShortcutHelp shortcuts={m.shortcuts} />
    </>
  );
}
