"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { queueMessages as m } from "./queue.messages";

export type QueueSearchProps = {
  defaultValue: string;
  onSearch: (text: string) => void;
  /** The API's French reason when it refused the search text: shown under the field. */
  error?: string | null;
};

const ERROR_ID = "recherche-erreur";

/** Search by number, NIR, name or e-mail. The text stays in the page, never in the address. */
export function QueueSearch({ defaultValue, onSearch, error = null }: QueueSearchProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  // The refused text takes the focus back: screen readers read the field with its reason.
  useEffect(() => {
    if (error) inputRef.current?.focus();
  }, [error]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get("recherche") ?? ""));
  };
  return (
    <form
      role="search"
      onSubmit={submit}
      className={
        error ? fr.cx("fr-mb-3w", "fr-input-group", "fr-input-group--error") : fr.cx("fr-mb-3w")
      }
    >
      <label className={fr.cx("fr-label")} htmlFor="recherche">
        {m.search}
        <span className={fr.cx("fr-hint-text")}>{m.searchHint}</span>
      </label>
      <div className={fr.cx("fr-search-bar", "fr-mt-1w")}>
        <input
          ref={inputRef}
          id="recherche"
          name="recherche"
          type="search"
          className={fr.cx("fr-input")}
          defaultValue={defaultValue}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ERROR_ID : undefined}
        />
        <button type="submit" className={fr.cx("fr-btn")} title={m.searchButton}>
          {m.searchButton}
        </button>
      </div>
      {error && (
        <p id={ERROR_ID} className={fr.cx("fr-error-text")}>
          {error}
        </p>
      )}
    </form>
  );
}
