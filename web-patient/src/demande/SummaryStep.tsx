"use client";

import { formatCents, parseAmount } from "./amount";
import { toEstimateInput } from "./claim-input";
import { ClaimEstimate } from "./ClaimEstimate";
import { ConflictWarnings, type TripConflict } from "./ConflictWarnings";
import {
  fieldId,
  type ClaimFormValues,
  type DocumentKind,
  type FormCaisse,
  type UploadedDocument,
} from "./form-values";
import { frenchDate } from "./local-date";
import { compactNir } from "./nir";
import { summaryMessages as m } from "./summary.messages";
import { SummarySection } from "./SummarySection";

export type SummaryStepProps = {
  values: ClaimFormValues;
  caisse: FormCaisse | undefined;
  documents: readonly UploadedDocument[];
  conflicts: readonly TripConflict[];
  sending: boolean;
  onEdit: (step: number) => void;
  onConfirmConflicts: () => void;
};

const cents = (raw: string) => {
  const amount = parseAmount(raw);
  return amount.ok ? amount.cents : 0;
};

/** The last step: everything typed, the indicative estimate, duplicate warnings. */
export function SummaryStep(props: SummaryStepProps) {
  const { values, caisse, documents, onEdit } = props;
  const count = (kind: DocumentKind) => documents.filter((d) => d.kind === kind).length;
  const parkingCents = caisse?.parkingAllowed === false ? 0 : cents(values.parking);
  const prescription =
    values.prescriptionKind === "EPMT"
      ? m.epmt(values.epmtNumber.replace(/\s+/g, "").toUpperCase())
      : values.prescriptionKind === "CONVOCATION"
        ? m.convocation(frenchDate(values.convocationDate))
        : m.pmt;
  return (
    <>
      <p>{m.intro}</p>
      {props.conflicts.length > 0 && (
        <ConflictWarnings
          conflicts={props.conflicts}
          sending={props.sending}
          onFix={() => onEdit(4)}
          onConfirm={props.onConfirmConflicts}
        />
      )}
      <SummarySection title={m.caisse} onEdit={() => onEdit(1)}>
        <p className="fr-mb-1w">{caisse ? `${caisse.number} — ${caisse.name}` : ""}</p>
      </SummarySection>
      <SummarySection title={m.prescription} onEdit={() => onEdit(2)}>
        <p className="fr-mb-1w">{prescription}</p>
        {values.prescriptionKind === "PMT" && (
          <p id={fieldId("attachmentIds")} tabIndex={-1} className="fr-mb-1w fr-text--sm">
            {m.documents(count("PRESCRIPTION"))}
          </p>
        )}
      </SummarySection>
      <SummarySection title={m.identity} onEdit={() => onEdit(3)}>
        <p className="fr-mb-1w">
          {values.firstName} {values.lastName}, {m.bornOn(frenchDate(values.birthDate))}
          <br />
          {compactNir(values.nir)}
          <br />
          <span style={{ overflowWrap: "anywhere" }}>{values.email}</span>
          {values.phone.trim() !== "" && (
            <>
              <br />
              {values.phone}
            </>
          )}
        </p>
      </SummarySection>
      <SummarySection title={m.trips} onEdit={() => onEdit(4)}>
        <ul className="fr-mb-1w">
          {values.trips.map((trip) => (
            <li key={trip.key}>
              {trip.roundTrip
                ? m.tripRound(frenchDate(trip.outboundDate), frenchDate(trip.returnDate))
                : m.tripOneWay(frenchDate(trip.outboundDate))}
            </li>
          ))}
        </ul>
      </SummarySection>
      <SummarySection title={m.expenses} onEdit={() => onEdit(5)}>
        <ul className="fr-mb-1w">
          {values.vehicle && <li>{m.distance(values.distanceKm.trim())}</li>}
          {values.vehicle && cents(values.tolls) > 0 && (
            <li>{m.tolls(formatCents(cents(values.tolls)))}</li>
          )}
          {values.vehicle && parkingCents > 0 && <li>{m.parking(formatCents(parkingCents))}</li>}
          {values.publicTransport && (
            <li>{m.publicTransport(formatCents(cents(values.publicTransportCost)))}</li>
          )}
        </ul>
        <p className="fr-mb-1w fr-text--sm">
          {m.receipts(
            (values.vehicle ? count("VP_RECEIPT") : 0) +
              (values.publicTransport ? count("ATP_RECEIPT") : 0),
          )}
        </p>
      </SummarySection>
      {caisse && <ClaimEstimate input={toEstimateInput(values, caisse)} />}
    </>
  );
}
