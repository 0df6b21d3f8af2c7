import { stringify } from "csv-stringify/sync";
import { caisseScope } from "../auth/caisse-scope";
import type { GraphQLContext } from "../graphql/context";
import { NotFoundError } from "../graphql/errors";
import { ClaimStatus } from "../claims/claim-enums";
import { isUuid } from "../shared/uuid";
import { paymentMessages } from "./messages";
import { PAYMENT_COLUMNS } from "./payment-csv";

interface ExportRow {
  caisse: string;
  number: string;
  nir: string;
  birth: string;
  transport: string | null;
}

/**
 * The file asking the back office for payment data (SPEC 4.8): validated claims of the caller's
 * caisses (or of one of them) without a mandate date, with the earliest outbound date and the
 * six columns the back office fills left empty.
 */
export async function exportPayments(
  ctx: GraphQLContext,
  caisseId: string | null,
): Promise<string> {
  const scope = caisseScope(ctx.principal);
  if (caisseId !== null && (!isUuid(caisseId) || (scope !== null && !scope.includes(caisseId)))) {
    throw new NotFoundError(paymentMessages.badCaisseId);
  }
  const caisses = caisseId !== null ? [caisseId] : scope;
  if (caisses !== null && caisses.length === 0) return toCsv([]);

  const rows = await ctx.em.execute<ExportRow[]>(
    `select ca.number as caisse, c.number, p.nir || p.nir_key as nir,
            to_char(p.birth_date, 'DD/MM/YYYY') as birth,
            to_char(min(t.outbound_date), 'DD/MM/YYYY') as transport
       from claim c
       join caisse ca on ca.id = c.caisse_id
       join patient p on p.id = c.patient_id
       left join trip t on t.claim_id = c.id
      where c.status = ? and c.mandate_date is null
        ${caisses === null ? "" : `and c.caisse_id in (${caisses.map(() => "?").join(", ")})`}
      group by ca.number, c.number, p.nir, p.nir_key, p.birth_date
      order by ca.number, c.number`,
    [ClaimStatus.VALIDATED, ...(caisses ?? [])],
  );
  ctx.logger.info({ lines: rows.length }, "payment data requested");
  return toCsv(rows);
}

function toCsv(rows: ExportRow[]): string {
  return stringify(
    rows.map((r) => [
      r.caisse,
      r.number,
      r.nir,
      r.birth,
      r.transport ?? "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]),
    { delimiter: ";", header: true, columns: [...PAYMENT_COLUMNS], record_delimiter: "windows" },
  );
}
