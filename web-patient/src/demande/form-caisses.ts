import { query } from "@/apollo/rsc-client";
import { FormCaissesQuery } from "./claim-operations";
import type { FormCaisse } from "./form-values";

/** The caisses a patient may choose, with their options, or null when the API is down. */
export async function loadFormCaisses(): Promise<FormCaisse[] | null> {
  try {
    const { data } = await query({ query: FormCaissesQuery });
    return data ? data.caisses.map((caisse) => ({ ...caisse })) : null;
  } catch {
    // Already reported by the error link.
    return null;
  }
}
