"use client";

import type { FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { queueMessages as m } from "./queue.messages";

export type QueueSearchProps = { defaultValue: string; onSearch: (text: string) => void };

/** Search by number, NIR, name or e-mail. The text stays in the page, never in the address. */
export function QueueSearch({ defaultValue, onSearch }: QueueSearchProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get("recherche") ?? ""));
  };
  return (
    <form role="search" onSubmit={submit} className={fr.cx("fr-mb-3w")}>
      <label className={fr.cx("fr-label")} htmlFor="recherche">
        {m.search}
        <span className={fr.cx("fr-hint-text")}>{m.searchHint}</span>
      </label>
      <div className={fr.cx("fr-search-bar", "fr-mt-1w")}>
        <input
          id="recherche"
          name="recherche"
          type="search"
          className={fr.cx("fr-input")}
          defaultValue={defaultValue}
          autoComplete="off"
        />
        <button type="submit" className={fr.cx("fr-btn")} title={m.searchButton}>
          {m.searchButton}
        </button>
      </div>
    </form>
  );
}
