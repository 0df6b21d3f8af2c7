import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { PatientClaimQuery } from "@mrs/schema/patient";
import { formatCents } from "@/demande/amount";
import { frenchDate } from "@/demande/local-date";
import { CancelClaim } from "./CancelClaim";
import { parisDateTime, statusLabel } from "./claim-labels";
import { ClaimTimeline } from "./ClaimTimeline";
import { suiviMessages as m } from "./suivi.messages";

export type FollowedClaim = NonNullable<PatientClaimQuery["patientClaim"]>;

export type ClaimFollowUpProps = {
  claim: FollowedClaim;
  token: string;
};

const SEVERITY = {
  SUBMITTED: "info",
  IN_PROGRESS: "new",
  VALIDATED: "success",
  REJECTED: "error",
  CANCELLED: "warning",
} as const;

/** The personal-link page: status, what was claimed, documents, history, cancellation. */
export function ClaimFollowUp({ claim, token }: ClaimFollowUpProps) {
  const expenses = [
    claim.distanceKm ? m.distance(claim.distanceKm) : null,
    claim.tollsCents ? m.tolls(formatCents(claim.tollsCents)) : null,
    claim.parkingCents ? m.parking(formatCents(claim.parkingCents)) : null,
    claim.publicTransportCents ? m.publicTransport(formatCents(claim.publicTransportCents)) : null,
  ].filter((line) => line !== null);
  return (
    <>
      <h1>{m.titleWithNumber(claim.number)}</h1>
      <p>
        <span className="fr-mr-1w">{m.status} :</span>
        <Badge severity={SEVERITY[claim.status]} as="span">
          {statusLabel(claim.status)}
        </Badge>
        {claim.onHold && (
          <Badge severity="warning" as="span" className="fr-ml-1w">
            {m.onHold}
          </Badge>
        )}
      </p>
      <p>{m.submittedAt(parisDateTime(claim.submittedAt))}</p>

      <h2 className="fr-h4">{m.caisse}</h2>
      <p>
        {claim.caisse.number} — {claim.caisse.name}
      </p>
      <h2 className="fr-h4">{m.person}</h2>
      <p>
        {claim.patient.firstName} {claim.patient.lastName}
      </p>
      <h2 className="fr-h4">{m.prescription}</h2>
      <p>{m.prescriptionKinds[claim.prescriptionKind]}</p>
      <h2 className="fr-h4">{m.trips}</h2>
      <ul>
        {claim.trips.map((trip, index) => (
          <li key={`${trip.outboundDate}:${index}`}>
            {trip.returnDate
              ? m.tripRound(frenchDate(trip.outboundDate), frenchDate(trip.returnDate))
              : m.tripOneWay(frenchDate(trip.outboundDate))}
          </li>
        ))}
      </ul>
      <h2 className="fr-h4">{m.expenses}</h2>
      <ul>
        {expenses.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 className="fr-h4">{m.documents}</h2>
      {claim.attachments.length === 0 ? (
        <p>{m.noDocument}</p>
      ) : (
        <ul>
          {claim.attachments.map((attachment) => (
            <li key={attachment.id}>
              {m.documentKinds[attachment.kind]} :{" "}
              <a
                href={`/attachments/${attachment.id}?jeton=${encodeURIComponent(token)}`}
                style={{ overflowWrap: "anywhere" }}
              >
                {attachment.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="fr-h4">{m.timeline}</h2>
      <ClaimTimeline events={claim.events} />
      {claim.status === "SUBMITTED" && (
        <CancelClaim claimId={claim.id} claimNumber={claim.number} token={token} />
      )}
      {claim.status === "CANCELLED" && (
        <p className="fr-mt-4w" id="annuler" tabIndex={-1}>
          {m.cancelled}
        </p>
      )}
    </>
  );
}
