import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";

export type CursorPagerProps = {
  /** The navigation's accessible name and its two buttons' words, in the list's own terms. */
  labels: { pagination: string; previous: string; next: string };
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous and next pages of a cursor-paginated list: no page numbers to jump to. */
export function CursorPager({
  labels,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: CursorPagerProps) {
  return (
    <nav aria-label={labels.pagination}>
      <ul
        className={fr.cx(
          "fr-btns-group",
          "fr-btns-group--inline",
          "fr-btns-group--sm",
          "fr-btns-group--icon-left",
        )}
      >
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-arrow-left-s-line"
            disabled={!hasPrevious}
            onClick={onPrevious}
          >
            {labels.previous}
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-arrow-right-s-line"
            disabled={!hasNext}
            onClick={onNext}
          >
            {labels.next}
          </Button>
        </li>
      </ul>
    </nav>
  );
}
