import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { formatInstant } from "./format";
import { eventDetails } from "./timeline";

export type ClaimTimelineProps = { claim: ClaimDetail };

/** The claim's audit trail, oldest first. */
export function ClaimTimeline({ claim }: ClaimTimelineProps) {
  const events = claim.review?.timeline ?? [];
  return (
    <section aria-labelledby="historique-titre">
      <h2 id="historique-titre" className={fr.cx("fr-h4")}>
        {m.timeline}
      </h2>
      <ol>
        {events.map((event, index) => {
          const details = eventDetails(event);
          return (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{formatInstant(event.at)}</time> —{" "}
              {m.event[event.type] ?? event.type} (
              {event.actorEmail ?? m.actor[event.actorType] ?? event.actorType}
              {event.emailSent ? `, ${m.emailSent}` : ""})
              {details.length > 0 && (
                <ul>
                  {details.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
