import { graphql } from "@mrs/schema/patient";
import type { ResultOf } from "@/apollo/result-of";
import { query } from "@/apollo/rsc-client";

const ActiveCaissesQuery = graphql(`
  query ActiveCaisses {
    caisses {
      id
      number
      name
    }
  }
`);

export type ActiveCaisse = ResultOf<typeof ActiveCaissesQuery>["caisses"][number];

/**
 * The caisses offered to patients, or null when the API cannot answer: the landing page
 * must still render (and say so) when the API is down.
 */
export async function loadActiveCaisses(): Promise<readonly ActiveCaisse[] | null> {
  try {
    const { data } = await query({ query: ActiveCaissesQuery });
    return data?.caisses ?? null;
  } catch {
    // Already reported by the error link.
    return null;
  }
}
