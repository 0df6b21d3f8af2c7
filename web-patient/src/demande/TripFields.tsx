"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldMessages as m } from "./fields.messages";
import { fieldId, type TripValues } from "./form-values";
import { errorState } from "./step-props";

export type TripFieldsProps = {
  trip: TripValues;
  index: number;
  today: string;
  removable: boolean;
  errorOf: (field: string) => string | undefined;
  onChange: (trip: TripValues) => void;
  onRemove: () => void;
};

/** One trip: its outbound date, whether it is a round trip and then its return date. */
export function TripFields({
  trip,
  index,
  today,
  removable,
  errorOf,
  onChange,
  onRemove,
}: TripFieldsProps) {
  const path = (field: string) => `trips.${index}.${field}`;
  return (
    <fieldset className="fr-fieldset fr-mb-2w" aria-labelledby={`${trip.key}-legend`}>
      <legend id={`${trip.key}-legend`} className="fr-fieldset__legend fr-h6 fr-mb-1w">
        {m.tripLegend(index)}
      </legend>
      <div className="fr-fieldset__element">
        <Input
          label={m.outboundDate}
          {...errorState(errorOf(path("outboundDate")))}
          nativeInputProps={{
            id: fieldId(path("outboundDate")),
            type: "date",
            max: today,
            value: trip.outboundDate,
            onChange: (event) => onChange({ ...trip, outboundDate: event.target.value }),
          }}
        />
      </div>
      <div className="fr-fieldset__element">
        <Checkbox
          small
          options={[
            {
              label: m.roundTrip,
              hintText: m.roundTripHint,
              nativeInputProps: {
                checked: trip.roundTrip,
                onChange: (event) => onChange({ ...trip, roundTrip: event.target.checked }),
              },
            },
          ]}
        />
      </div>
      {trip.roundTrip && (
        <div className="fr-fieldset__element">
          <Input
            label={m.returnDate}
            {...errorState(errorOf(path("returnDate")))}
            nativeInputProps={{
              id: fieldId(path("returnDate")),
              type: "date",
              min: trip.outboundDate || undefined,
              max: today,
              required: true,
              value: trip.returnDate,
              onChange: (event) => onChange({ ...trip, returnDate: event.target.value }),
            }}
          />
        </div>
      )}
      {removable && (
        <div className="fr-fieldset__element">
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-delete-line"
            onClick={onRemove}
          >
            {m.removeTrip(index)}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
