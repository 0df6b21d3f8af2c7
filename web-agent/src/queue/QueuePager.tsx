import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { queueMessages as m } from "./queue.messages";

export type QueuePagerProps = {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous and next pages: cursor pagination, so no page numbers to jump to. */
export function QueuePager({ hasPrevious, hasNext, onPrevious, onNext }: QueuePagerProps) {
  return (
    <nav aria-label={m.pagination}>
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
            {m.previous}
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-arrow-right-s-line"
            disabled={!hasNext}
            onClick={onNext}
          >
            {m.next}
          </Button>
        </li>
      </ul>
    </nav>
  );
}
