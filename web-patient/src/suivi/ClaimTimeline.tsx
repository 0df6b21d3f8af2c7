import { eventLabel, parisDateTime } from "./claim-labels";

export type ClaimTimelineProps = {
  events: readonly { at: string; type: string; actorType: string }[];
};

/** The claim's history, oldest first, as the API gives it. */
export function ClaimTimeline({ events }: ClaimTimelineProps) {
  return (
    <ol>
      {events.map((event) => (
        <li key={`${event.at}:${event.type}`}>
          <time dateTime={event.at}>{parisDateTime(event.at)}</time> :{" "}
          {eventLabel(event.type, event.actorType)}
        </li>
      ))}
    </ol>
  );
}
