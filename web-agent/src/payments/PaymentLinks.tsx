"use client";

import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { paymentsMessages } from "./payments.messages";

const m = paymentsMessages;

/** The dashboard's way to the payment pages, for the roles that may use them. */
export function PaymentLinks() {
  const { abilities } = useSignedInAgent();
  if (!abilities.exportPayments && !abilities.importPayments) return null;
  return (
    <section aria-labelledby="paiements-titre" className={fr.cx("fr-mt-4w")}>
      <h2 id="paiements-titre" className={fr.cx("fr-h4")}>
        {m.dashboard.title}
      </h2>
      <p>{m.dashboard.text}</p>
      <ul>
        {abilities.exportPayments && (
          <li>
            <Link href="/paiements/export">{m.export.title}</Link>
          </li>
        )}
        {abilities.importPayments && (
          <li>
            <Link href="/paiements/import">{m.import.title}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
