"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { SubmitClaimMutation } from "@mrs/schema/patient";
import { frenchDate } from "./local-date";
import { summaryMessages as m } from "./summary.messages";

export type TripConflict = NonNullable<SubmitClaimMutation["submitClaim"]>["conflicts"][number];

export type ConflictWarningsProps = {
  conflicts: readonly TripConflict[];
  sending: boolean;
  onFix: () => void;
  onConfirm: () => void;
};

function describe(conflict: TripConflict): string {
  const trip = conflict.tripIndex + 1;
  const date = frenchDate(conflict.date);
  const other = conflict.otherClaimNumber ?? "";
  switch (conflict.reason) {
    case "SAME_CLAIM":
      return m.conflictSameClaim(trip, date);
    case "BEING_PROCESSED":
      return m.conflictBeingProcessed(trip, date, other);
    case "ALREADY_PAID":
      return m.conflictAlreadyPaid(trip, date, other);
    default:
      return m.conflictOther(trip, date);
  }
}

/** SPEC 4.5: duplicate dates are a warning; the patient fixes them or confirms. */
export function ConflictWarnings({ conflicts, sending, onFix, onConfirm }: ConflictWarningsProps) {
  return (
    <div className="fr-mb-4w">
      <Alert
        severity="warning"
        as="h3"
        title={m.conflictsTitle}
        description={
          <>
            {m.conflictsIntro}
            <ul>
              {conflicts.map((conflict) => (
                <li key={`${conflict.tripIndex}:${conflict.reason}`}>{describe(conflict)}</li>
              ))}
            </ul>
          </>
        }
      />
      <ButtonsGroup
        className="fr-mt-2w"
        inlineLayoutWhen="md and up"
        buttons={[
          { children: m.fixDates, priority: "secondary", type: "button", onClick: onFix },
          { children: m.confirm, type: "button", disabled: sending, onClick: onConfirm },
        ]}
      />
    </div>
  );
}
