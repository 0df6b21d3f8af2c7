"use client";

import { useState } from "react";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { newTrip, type TripValues } from "./form-values";
import { isLocalDate } from "./local-date";
import { seriesMessages as m } from "./series.messages";
import { intervalDates, weeklyDates } from "./trip-series";

export type TripSeriesHelperProps = {
  today: string;
  onAdd: (trips: TripValues[]) => void;
};

type SeriesKind = "weekly" | "interval";

const inRange = (text: string) =>
  /^\d{1,3}$/.test(text) && Number(text) >= 1 && Number(text) <= 100;

/** Fills in a series of identical sessions: chosen weekdays between two dates, or N every X days. */
export function TripSeriesHelper({ today, onAdd }: TripSeriesHelperProps) {
  const [kind, setKind] = useState<SeriesKind>("weekly");
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [first, setFirst] = useState("");
  const [count, setCount] = useState("");
  const [every, setEvery] = useState("7");
  const [roundTrip, setRoundTrip] = useState(true);
  const [status, setStatus] = useState("");

  const dates = (): string[] | null => {
    if (kind === "weekly") {
      if (!isLocalDate(from) || !isLocalDate(to) || weekdays.length === 0) return null;
      return weeklyDates(from, to, weekdays);
    }
    if (!isLocalDate(first) || !inRange(count) || !inRange(every)) return null;
    return intervalDates(first, Number(count), Number(every));
  };

  const add = () => {
    const all = dates();
    if (all === null) return setStatus(m.invalid);
    const past = all.filter((date) => date <= today);
    if (past.length === 0) return setStatus(m.none);
    onAdd(past.map((date) => newTrip(date, roundTrip, roundTrip ? date : "")));
    setStatus(m.added(past.length, all.length - past.length));
  };

  const date = (label: string, value: string, set: (value: string) => void) => (
    <Input
      label={label}
      nativeInputProps={{ type: "date", max: today, value, onChange: (e) => set(e.target.value) }}
    />
  );
  const number = (label: string, value: string, set: (value: string) => void, hint?: string) => (
    <Input
      label={label}
      hintText={hint}
      nativeInputProps={{ inputMode: "numeric", value, onChange: (e) => set(e.target.value) }}
    />
  );

  return (
    <Accordion label={m.title} titleAs="h3" className="fr-mb-4w">
      <p>{m.intro}</p>
      <RadioButtons
        legend={m.kindLegend}
        name="seriesKind"
        options={(["weekly", "interval"] as const).map((value) => ({
          label: m[value],
          nativeInputProps: { value, checked: kind === value, onChange: () => setKind(value) },
        }))}
      />
      {kind === "weekly" ? (
        <>
          <Checkbox
            legend={m.weekdaysLegend}
            orientation="horizontal"
            small
            options={m.weekdays.map((label, index) => ({
              label,
              nativeInputProps: {
                checked: weekdays.includes(index + 1),
                onChange: (e) =>
                  setWeekdays((days) =>
                    e.target.checked ? [...days, index + 1] : days.filter((d) => d !== index + 1),
                  ),
              },
            }))}
          />
          {date(m.from, from, setFrom)}
          {date(m.to, to, setTo)}
        </>
      ) : (
        <>
          {date(m.first, first, setFirst)}
          {number(m.count, count, setCount)}
          {number(m.every, every, setEvery, m.everyHint)}
        </>
      )}
      <Checkbox
        small
        options={[
          {
            label: m.roundTrip,
            nativeInputProps: {
              checked: roundTrip,
              onChange: (e) => setRoundTrip(e.target.checked),
            },
          },
        ]}
      />
      <Button type="button" priority="secondary" iconId="fr-icon-calendar-line" onClick={add}>
        {m.add}
      </Button>
      <p role="status" className="fr-mt-2w fr-mb-0">
        {status}
      </p>
    </Accordion>
  );
}
