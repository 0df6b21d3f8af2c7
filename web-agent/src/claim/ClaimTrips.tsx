import { fr } from "@codegouvfr/react-dsfr";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { formatLocalDate } from "./format";

export type ClaimTripsProps = { claim: ClaimDetail };

/** The prescription and the declared trips, in the order the patient typed them. */
export function ClaimTrips({ claim }: ClaimTripsProps) {
  const rows = claim.trips.map((trip, index) => [
    index + 1,
    formatLocalDate(trip.outboundDate),
    trip.returnDate ? formatLocalDate(trip.returnDate) : m.oneWay,
  ]);
  return (
    <section aria-labelledby="trajets-titre">
      <h2 id="trajets-titre" className={fr.cx("fr-h4")}>
        {m.trips}
      </h2>
      <p>
        <span className={fr.cx("fr-text--bold")}>{m.prescription} : </span>
        {m.prescriptionKind[claim.prescriptionKind]}
      </p>
      <Table caption={m.tripsCaption} headers={[...m.tripHeaders]} data={rows} />
    </section>
  );
}
