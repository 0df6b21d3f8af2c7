"use client";

import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { claimMessages } from "@/claim/claim.messages";
import { formatInstant } from "@/claim/format";
import { apiFailure, failureText } from "@/errors/api-errors";
import { PaymentLinks } from "@/payments/PaymentLinks";
import { queueQuery, withFilters, EMPTY_QUEUE } from "@/queue/queue-query";
import { DashboardDocument } from "./dashboard.documents";
import { dashboardMessages as m } from "./dashboard.messages";

const queueLink = (filters: Parameters<typeof withFilters>[1]) =>
  `/demandes?${queueQuery(withFilters(EMPTY_QUEUE, filters))}`;

/** Where an agent starts: how much is waiting, what is theirs, what waits the longest. */
export function Dashboard() {
  const { data, error } = useQuery(DashboardDocument, { fetchPolicy: "cache-and-network" });
  if (error) return <Alert severity="error" small description={failureText(apiFailure(error))} />;
  if (!data) return <p role="status">{m.loading}</p>;
  const { dashboard } = data;

  const rows = [
    ...dashboard.countsByStatus.map(({ status, count, countIsExact }) => [
      <Link key="s" href={queueLink({ statuses: [status] })}>
        {claimMessages.status[status]}
      </Link>,
      m.count(count, countIsExact),
    ]),
    [
      <Link key="h" href={queueLink({ onHold: true })}>
        {m.onHold}
      </Link>,
      dashboard.onHoldCount,
    ],
  ];
  return (
    <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
      <section aria-labelledby="compteurs-titre" className={fr.cx("fr-col-12", "fr-col-md-5")}>
        <h2 id="compteurs-titre" className={fr.cx("fr-h4")}>
          {m.counts}
        </h2>
        <Table caption={m.countsCaption} noCaption headers={[...m.countsHeaders]} data={rows} />
      </section>
      <div className={fr.cx("fr-col-12", "fr-col-md-7")}>
        <section aria-labelledby="miennes-titre">
          <h2 id="miennes-titre" className={fr.cx("fr-h4")}>
            {m.mine}
          </h2>
          <p>{m.mineCount(dashboard.myInProgressCount)}</p>
          <ul>
            {dashboard.myInProgress.map((claim) => (
              <li key={claim.id}>
                <Link href={`/demandes/${claim.id}`}>
                  {m.mineLine(
                    claim.number,
                    `${claim.patient.firstName} ${claim.patient.lastName}`,
                    formatInstant(claim.submittedAt),
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="ancienne-titre" className={fr.cx("fr-mt-4w")}>
          <h2 id="ancienne-titre" className={fr.cx("fr-h4")}>
            {m.oldest}
          </h2>
          <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>{m.oldestScope}</p>
          {dashboard.oldestWaiting ? (
            <p>
              <Link href={`/demandes/${dashboard.oldestWaiting.id}`}>
                {m.oldestLine(
                  dashboard.oldestWaiting.number,
                  dashboard.oldestWaiting.caisse.number,
                  formatInstant(dashboard.oldestWaiting.submittedAt),
                )}
              </Link>
            </p>
          ) : (
            <p>{m.noneWaiting}</p>
          )}
          <p>
            <Link
              href={queueLink({ statuses: ["SUBMITTED"], onHold: false })}
              className={fr.cx("fr-link")}
            >
              {m.openQueue}
            </Link>
          </p>
        </section>
        <PaymentLinks />
      </div>
    </div>
  );
}
