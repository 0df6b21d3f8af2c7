"use client";

import { useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { apiFailure, failureText } from "@/errors/api-errors";
import { fieldState, focusField } from "@/errors/field-errors";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { countDataLines, exportFileName } from "./payment-file";
import { ExportPaymentsDocument, PaymentCaissesDocument } from "./payments.documents";
import { paymentsMessages } from "./payments.messages";

const m = paymentsMessages.export;
const FORM_ID = "export-paiements-formulaire";

type Outcome =
  | { kind: "downloaded"; fileName: string; count: number }
  | { kind: "empty"; caisse: string }
  | { kind: "failed"; text: string };

/** Hands the exact text the API produced to the browser as a file download. */
function saveFile(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; it may take a moment to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads the CSV asking the back office for the payment data of one caisse. */
export function PaymentExport() {
  const agent = useSignedInAgent();
  const client = useApolloClient();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [caisseError, setCaisseError] = useState<string | undefined>(undefined);
  // A national administrator's scope is every caisse, not the ones the account lists.
  const national = agent.roles.includes("NATIONAL_ADMIN");
  const all = useQuery(PaymentCaissesDocument, { skip: !national });

  if (!agent.abilities.exportPayments) {
    return <Alert severity="info" small description={m.forbidden} />;
  }
  if (all.error) {
    return <Alert severity="error" small description={failureText(apiFailure(all.error))} />;
  }
  const caisses = national ? all.data?.caisses : agent.caisses;
  if (!caisses) return <p role="status">{m.loadingCaisses}</p>;
  if (caisses.length === 0) return <Alert severity="info" small description={m.noCaisse} />;
  const [only] = caisses.length === 1 ? caisses : [];

  const download = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const caisseId = String(new FormData(event.currentTarget).get("caisseId") ?? "");
    const caisse = caisses.find((c) => c.id === caisseId);
    setCaisseError(caisse ? undefined : m.noCaisseChosen);
    if (!caisse) return focusField(FORM_ID, "caisseId");
    setBusy(true);
    setOutcome(null);
    try {
      // Not cached: each export must list what is waiting now, and holds NIRs.
      const { data } = await client.query({
        query: ExportPaymentsDocument,
        variables: { caisseId },
        fetchPolicy: "no-cache",
      });
      const csv = data?.exportPayments ?? "";
      const count = countDataLines(csv);
      if (count === 0) {
        setOutcome({ kind: "empty", caisse: caisse.number });
      } else {
        const fileName = exportFileName(caisse.number, new Date());
        saveFile(fileName, csv);
        setOutcome({ kind: "downloaded", fileName, count });
      }
    } catch (error) {
      setOutcome({ kind: "failed", text: failureText(apiFailure(error)) });
    } finally {
      setBusy(false);
      outcomeRef.current?.focus();
    }
  };

  return (
    <>
      <p>{m.intro}</p>
      <p className={fr.cx("fr-hint-text")}>{m.format}</p>
      <form
        id={FORM_ID}
        noValidate
        onSubmit={(event) => void download(event)}
        className={fr.cx("fr-mt-4w")}
      >
        <Select
          label={m.caisse}
          hint={m.caisseHint}
          {...fieldState(caisseError)}
          nativeSelectProps={{
            name: "caisseId",
            required: true,
            defaultValue: only?.id ?? "",
            onChange: () => setCaisseError(undefined),
          }}
        >
          {!only && (
            <option value="" disabled>
              {m.chooseCaisse}
            </option>
          )}
          {caisses.map((caisse) => (
            <option key={caisse.id} value={caisse.id}>
              {caisse.number} — {caisse.name}
            </option>
          ))}
        </Select>
        <Button type="submit" iconId="fr-icon-download-line" disabled={busy}>
          {busy ? m.downloading : m.download}
        </Button>
      </form>
      {/* One live region for every outcome: the alerts inside announce nothing themselves. */}
      <div ref={outcomeRef} tabIndex={-1} role="status" className={fr.cx("fr-mt-4w")}>
        {outcome?.kind === "downloaded" && (
          <Alert
            severity="success"
            small
            role={undefined}
            description={
              <>
                {m.downloaded(outcome.fileName, outcome.count)} {m.nextStep}
              </>
            }
          />
        )}
        {outcome?.kind === "empty" && (
          <Alert severity="info" small role={undefined} description={m.empty(outcome.caisse)} />
        )}
        {outcome?.kind === "failed" && (
          <Alert severity="error" small role={undefined} description={outcome.text} />
        )}
      </div>
      {agent.abilities.importPayments && (
        <p className={fr.cx("fr-mt-4w")}>
          <Link
            href="/paiements/import"
            className={fr.cx("fr-link", "fr-icon-arrow-right-line", "fr-link--icon-right")}
          >
            {m.toImport}
          </Link>
        </p>
      )}
    </>
  );
}
