"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { apiFailure, failureText } from "@/errors/api-errors";
import { CursorPager } from "@/layout/CursorPager";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { rememberQueueOrder } from "@/shortcuts/next-claim";
import { ShortcutHelp } from "@/shortcuts/ShortcutHelp";
import { useShortcuts } from "@/shortcuts/use-shortcuts";
import {
  claimFilterOf,
  hasPreviousPage,
  nextPage,
  pageNumber,
  parseQueueQuery,
  previousPage,
  queueQuery,
  withFilters,
  type QueueState,
} from "./queue-query";
import { ClaimQueueDocument } from "./queue.documents";
import { queueMessages as m } from "./queue.messages";
import { QueueFilters } from "./QueueFilters";
import { QueueSearch } from "./QueueSearch";
import { QueueTable } from "./QueueTable";
import { BulkValidation } from "./BulkValidation";
import { NOTHING_SELECTED, selectedOf, toggled, toggledPage } from "./selection";

const PAGE_SIZE = 20;
const SHORTCUTS: Readonly<Record<string, "first" | "search">> = { n: "first", "/": "search" };

/** The queue: filters in the address, search in the page, pages by cursor. */
export function ClaimQueue() {
  const router = useRouter();
  const params = useSearchParams();
  const agent = useSignedInAgent();
  const query = params.toString();
  const state = useMemo(() => parseQueueQuery(new URLSearchParams(query)), [query]);
  const [search, setSearch] = useState("");
  const { data, previousData, error, loading } = useQuery(ClaimQueueDocument, {
    variables: { filter: claimFilterOf(state, search), first: PAGE_SIZE, after: state.after },
  });
  // A failed read shows no list: the previous one would pass for the answer to a refused search.
  const shown = error ? undefined : (data ?? previousData);
  const failure = error ? apiFailure(error) : null;
  // A refused search text is said under the search field; any other failure above the list.
  const searchError = failure?.field === "filter.search" ? failureText(failure) : null;
  const claims = useMemo(() => shown?.claims.edges.map((edge) => edge.node) ?? [], [shown]);

  useEffect(() => rememberQueueOrder(claims.map((claim) => claim.id)), [claims]);
  // Ticks belong to the page shown: another page, filter or search starts with none.
  const [selection, setSelection] = useState(NOTHING_SELECTED);
  const pageKey = claims.map((claim) => claim.id).join(",");
  useEffect(() => setSelection(NOTHING_SELECTED), [pageKey]);
  const mayValidate = agent.abilities.actOnClaims;
  const go = (next: QueueState) => {
    const nextQuery = queueQuery(next);
    router.push(nextQuery === "" ? "/demandes" : `/demandes?${nextQuery}`);
  };
  useShortcuts(SHORTCUTS, (action) => {
    if (action === "search") document.getElementById("recherche")?.focus();
    else if (claims[0]) router.push(`/demandes/${claims[0].id}`);
  });

  return (
    <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
      <div className={fr.cx("fr-col-12", "fr-col-md-4", "fr-col-lg-3")}>
        <QueueFilters
          key={query}
          state={state}
          onApply={(filters) => go(withFilters(state, filters))}
        />
      </div>
      <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-9")}>
        <QueueSearch
          defaultValue={search}
          error={searchError}
          onSearch={(text) => {
            setSearch(text);
            if (hasPreviousPage(state)) go(withFilters(state, {}));
          }}
        />
        <p role="status" aria-live="polite" className={fr.cx("fr-text--bold")}>
          {shown
            ? `${m.total(shown.claims.totalCount, shown.claims.totalCountIsExact)}${shown.claims.totalCount > 0 ? ` — ${m.page(pageNumber(state))}` : ""}`
            : loading
              ? m.loading
              : failure
                ? m.noList
                : ""}
        </p>
        {failure && !searchError && (
          <Alert severity="error" small description={failureText(failure)} />
        )}
        {mayValidate && shown && (
          <BulkValidation
            page={claims}
            selection={selection}
            selected={selectedOf(selection, claims)}
            onToggleAll={() =>
              setSelection((s) =>
                toggledPage(
                  s,
                  claims.map((c) => c.id),
                ),
              )
            }
            onDone={() => setSelection(NOTHING_SELECTED)}
          />
        )}
        {claims.length > 0 && (
          <QueueTable
            claims={claims}
            selection={
              mayValidate
                ? { selected: selection, onToggle: (id) => setSelection((s) => toggled(s, id)) }
                : undefined
            }
          />
        )}
        {shown && (
          <CursorPager
            labels={m.pager}
            hasPrevious={hasPreviousPage(state)}
            hasNext={shown.claims.pageInfo.hasNextPage}
            onPrevious={() => go(previousPage(state))}
            onNext={() => {
              const cursor = shown.claims.pageInfo.endCursor;
              if (cursor) go(nextPage(state, cursor));
            }}
          />
        )}
        <ShortcutHelp shortcuts={m.shortcuts} />
      </div>
    </div>
  );
}
