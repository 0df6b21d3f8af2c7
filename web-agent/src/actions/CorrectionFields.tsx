"use client";

import { useEffect, useRef } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { formatLocalDate, formatNir } from "@/claim/format";
import {
  CORRECTION_FIELDS,
  type CorrectionChange,
  type CorrectionField,
  type CorrectionValues,
} from "./correction";
import { correctionMessages as m } from "./correction.messages";

export interface CorrectionDraft {
  values: CorrectionValues;
  problems: Partial<Record<CorrectionField, string>>;
  /** The changes to confirm; null while the agent is still editing. */
  review: CorrectionChange[] | null;
}

export type CorrectionFieldsProps = {
  draft: CorrectionDraft;
  /** False for a claim without a personal vehicle: it has no distance. */
  hasDistance: boolean;
  today: string;
  onChange: (values: CorrectionValues) => void;
};

/** The correction form, then the list of what will change, for the agent to confirm. */
export function CorrectionFields({ draft, hasDistance, today, onChange }: CorrectionFieldsProps) {
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const reviewing = draft.review !== null;
  useEffect(() => {
    if (reviewing) reviewRef.current?.focus();
  }, [reviewing]);

  if (draft.review) {
    return (
      <section aria-labelledby="correction-recapitulatif">
        <h3 id="correction-recapitulatif" ref={reviewRef} tabIndex={-1} className={fr.cx("fr-h6")}>
          {m.reviewTitle}
        </h3>
        <ul>
          {draft.review.map((change) => (
            <li key={change.field}>
              {m.label[change.field]} : {shown(change.field, change.before)} →{" "}
              <strong>{shown(change.field, change.after)}</strong>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <>
      {CORRECTION_FIELDS.filter((field) => field !== "distanceKm" || hasDistance).map((field) => (
        <Input
          key={field}
          label={m.label[field]}
          hintText={m.hint[field]}
          state={draft.problems[field] ? "error" : "default"}
          stateRelatedMessage={draft.problems[field]}
          nativeInputProps={{
            name: field,
            value: draft.values[field],
            onChange: (e) => onChange({ ...draft.values, [field]: e.target.value }),
            ...INPUT_ATTRIBUTES[field],
            ...(field === "birthDate" ? { max: today, min: "1900-01-01" } : {}),
          }}
        />
      ))}
    </>
  );
}

const INPUT_ATTRIBUTES = {
  nir: { autoComplete: "off", spellCheck: false },
  birthDate: { type: "date" },
  firstName: { autoComplete: "off" },
  distanceKm: { inputMode: "numeric" },
} as const;

function shown(field: CorrectionField, value: string): string {
  if (value === "") return m.empty;
  if (field === "birthDate") return formatLocalDate(value);
  if (field === "distanceKm") return `${value} km`;
  if (field === "nir") return formatNir(value);
  return value;
}
