"use client";

import { CaisseStep } from "./CaisseStep";
import type { StoredDraft } from "./draft-storage";
import { ExpensesStep } from "./ExpensesStep";
import type { FormCaisse, UploadedDocument } from "./form-values";
import { IdentityStep } from "./IdentityStep";
import { PrescriptionStep } from "./PrescriptionStep";
import type { StepFieldsProps } from "./step-props";
import { SummaryStep } from "./SummaryStep";
import { SwornStep } from "./SwornStep";
import { TripsStep } from "./TripsStep";
import type { useDocuments } from "./use-documents";
import type { useSubmitClaim } from "./use-submit-claim";

export type ClaimStepProps = StepFieldsProps & {
  step: number;
  caisses: readonly FormCaisse[];
  caisse: FormCaisse | undefined;
  today: string;
  draft: StoredDraft | null;
  documents: readonly UploadedDocument[];
  uploads: ReturnType<typeof useDocuments>;
  submission: ReturnType<typeof useSubmitClaim>;
  onEdit: (step: number) => void;
};

/** The fields of the current step. */
export function ClaimStep(props: ClaimStepProps) {
  const { step, values, onChange, errorOf, caisse, today, documents, uploads } = props;
  const fields = { values, onChange, errorOf };
  const uploadProps = {
    documents,
    pending: uploads.pending,
    failures: uploads.failures,
    onFiles: uploads.upload,
    onRemove: (document: UploadedDocument) => void uploads.remove(document, props.draft),
  };
  switch (step) {
    case 1:
      return <CaisseStep {...fields} caisses={props.caisses} />;
    case 2:
      return <PrescriptionStep {...fields} caisse={caisse} today={today} uploads={uploadProps} />;
    case 3:
      return <IdentityStep {...fields} today={today} />;
    case 4:
      return <TripsStep {...fields} today={today} />;
    case 5:
      return <ExpensesStep {...fields} caisse={caisse} uploads={uploadProps} />;
    case 6:
      return <SwornStep {...fields} />;
    default:
      return (
        <SummaryStep
          values={values}
          caisse={caisse}
          documents={documents}
          conflicts={props.submission.conflicts}
          sending={props.submission.sending}
          onEdit={props.onEdit}
          onConfirmConflicts={() => void props.submission.submit(true)}
        />
      );
  }
}
