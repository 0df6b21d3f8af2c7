"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { fieldMessages as m } from "./fields.messages";
import { fieldId, newTrip, type TripValues } from "./form-values";
import type { StepFieldsProps } from "./step-props";
import { TripFields } from "./TripFields";
import { TripSeriesHelper } from "./TripSeriesHelper";

export type TripsStepProps = StepFieldsProps & {
  today: string;
};

function focusLater(id: string): void {
  // After React has rendered the new fields.
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** Step 4: the trips, one by one or as a series. */
export function TripsStep({ values, onChange, errorOf, today }: TripsStepProps) {
  const trips = values.trips;
  const setTrip = (index: number, trip: TripValues) =>
    onChange({ trips: trips.map((t, i) => (i === index ? trip : t)) });
  const addTrip = () => {
    onChange({ trips: [...trips, newTrip()] });
    focusLater(fieldId(`trips.${trips.length}.outboundDate`));
  };
  const removeTrip = (index: number) => {
    onChange({ trips: trips.filter((_, i) => i !== index) });
    focusLater(fieldId("trips.add"));
  };
  const addSeries = (series: TripValues[]) => {
    // Blank trips (the one the form starts with) give way to the series.
    const kept = trips.filter((trip) => trip.outboundDate !== "");
    onChange({
      trips: [...kept, ...series].sort((a, b) => a.outboundDate.localeCompare(b.outboundDate)),
    });
  };
  const listError = errorOf("trips");
  return (
    <>
      <TripSeriesHelper today={today} onAdd={addSeries} />
      <p
        id={fieldId("trips")}
        tabIndex={-1}
        className={listError ? "fr-error-text" : "fr-text--sm"}
      >
        {listError ?? m.tripsCount(trips.length)}
      </p>
      {trips.map((trip, index) => (
        <TripFields
          key={trip.key}
          trip={trip}
          index={index}
          today={today}
          removable={trips.length > 1}
          errorOf={errorOf}
          onChange={(changed) => setTrip(index, changed)}
          onRemove={() => removeTrip(index)}
        />
      ))}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        id={fieldId("trips.add")}
        onClick={addTrip}
      >
        {m.addTrip}
      </Button>
    </>
  );
}
