import type { EntityManager } from "@mikro-orm/postgresql";
import { caisseScope } from "../../auth/caisse-scope";
import type { Principal } from "../../graphql/context";
import { ClaimStatus } from "../claim-enums";

export interface RelatedClaim {
  id: string;
  number: string;
  status: ClaimStatus;
  sharedDates: string[];
}

interface Row {
  claim_id: string;
  id: string;
  number: string;
  status: ClaimStatus;
  shared_dates: string[];
}

/**
 * For each claim, the other IN_PROGRESS or VALIDATED claims of the same NIR + birth date that
 * share a trip date, outbound or return (SPEC 4.5, the agent's side), limited to the caller's
 * caisses like everything else an agent sees. One statement for a whole page of claims.
 */
export async function relatedClaimsOf(
  em: EntityManager,
  claimIds: string[],
  principal: Principal,
): Promise<Map<string, RelatedClaim[]>> {
  const related = new Map<string, RelatedClaim[]>();
  if (claimIds.length === 0) return related;
  const scope = caisseScope(principal);
  if (scope !== null && scope.length === 0) return related;
  const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");
  const rows = await em.execute<Row[]>(
    `with mine as (
       select c.id as claim_id, p.nir, p.birth_date, d.day
         from claim c
         join patient p on p.id = c.patient_id
         join trip t on t.claim_id = c.id
         cross join lateral (values (t.outbound_date), (t.return_date)) as d(day)
        where c.id in (${marks(claimIds)}) and d.day is not null
     )
     select m.claim_id, o.id, o.number, o.status,
            array_agg(distinct to_char(m.day, 'YYYY-MM-DD')) as shared_dates
       from mine m
       join patient op on op.nir = m.nir and op.birth_date = m.birth_date
       join claim o on o.patient_id = op.id and o.id <> m.claim_id and o.status in (?, ?)
       join trip ot on ot.claim_id = o.id
                   and (ot.outbound_date = m.day or ot.return_date = m.day)
      ${scope === null ? "" : `where o.caisse_id in (${marks(scope)})`}
      group by m.claim_id, o.id, o.number, o.status
      order by min(o.submitted_at), o.number`,
    [...claimIds, ClaimStatus.IN_PROGRESS, ClaimStatus.VALIDATED, ...(scope ?? [])],
  );
  for (const row of rows) {
    const list = related.get(row.claim_id) ?? [];
    list.push({
      id: row.id,
      number: row.number,
      status: row.status,
      sharedDates: [...row.shared_dates].sort(),
    });
    related.set(row.claim_id, list);
  }
  return related;
}
