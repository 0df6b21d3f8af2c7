import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ActiveCaisse } from "./active-caisses";
import { homeMessages } from "./home.messages";

export type CaisseTableProps = {
  /** null: the API did not answer. */
  caisses: readonly ActiveCaisse[] | null;
};

export function CaisseTable({ caisses }: CaisseTableProps) {
  if (caisses === null) {
    return (
      <Alert
        severity="error"
        as="h3"
        title={homeMessages.caissesUnavailableTitle}
        description={homeMessages.caissesUnavailable}
      />
    );
  }
  if (caisses.length === 0) return <p>{homeMessages.caissesEmpty}</p>;
  return (
    <Table
      // The section heading already says what the table is: its caption is for screen readers.
      caption={homeMessages.caissesCaption}
      noCaption
      headers={[homeMessages.caisseNumber, homeMessages.caisseName]}
      data={caisses.map((caisse) => [caisse.number, caisse.name])}
    />
  );
}
