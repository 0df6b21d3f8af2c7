import { paymentMessages } from "./messages";
import {
  isFiness,
  isPrescriberId,
  parseEurosToCents,
  parseFrenchDate,
  parseShift,
  PAYMENT_COLUMNS,
} from "./payment-csv";

export interface LineProblem {
  code: string;
  message: string;
  column: string | null;
}

/** What a well-formed line asks to record on a claim. */
export interface PaymentData {
  caisseNumber: string;
  claimNumber: string;
  mandateDate: string;
  baseCents: number;
  amountCents: number;
  shift: boolean;
  finess: string | null;
  adeli: string | null;
}

export type CheckedLine = { ok: true; data: PaymentData } | { ok: false; problems: LineProblem[] };

/**
 * Checks one data line without the database, reporting every problem at once so the back
 * office can fix the line in one go. `myCaisses` null: the caller may update every caisse.
 */
export function checkPaymentLine(cells: string[], myCaisses: Set<string> | null): CheckedLine {
  if (cells.length !== PAYMENT_COLUMNS.length) {
    return {
      ok: false,
      problems: [
        {
          code: "MALFORMED_LINE",
          message: paymentMessages.columns(cells.length, PAYMENT_COLUMNS.length),
          column: null,
        },
      ],
    };
  }
  const [caisse = "", number = "", , , , mandate = "", base = "", amount = ""] = cells;
  const [shiftCell = "", finess = "", adeli = ""] = cells.slice(8);
  const problems: LineProblem[] = [];
  const problem = (code: string, message: string, column: string) =>
    problems.push({ code, message, column });

  if (!/^\d{12}$/.test(number))
    problem("UNKNOWN_CLAIM", paymentMessages.unknownClaim(number), "id");
  // Decided from the line alone, before any lookup: a claim of a caisse that is not the
  // caller's is never looked up, so the answer says nothing about whether it exists.
  if (myCaisses !== null && !myCaisses.has(caisse)) {
    problem("OTHER_CAISSE", paymentMessages.otherCaisse(number, caisse), "caisse");
  }
  const mandateDate = parseFrenchDate(mandate);
  if (mandateDate === null) problem("INVALID_DATE", paymentMessages.date(mandate), "mandatement");
  const baseCents = parseEurosToCents(base);
  if (baseCents === null) problem("INVALID_AMOUNT", paymentMessages.amount("base", base), "base");
  const amountCents = parseEurosToCents(amount);
  if (amountCents === null) {
    problem("INVALID_AMOUNT", paymentMessages.amount("montant", amount), "montant");
  }
  const shift = parseShift(shiftCell);
  if (shift === null) problem("INVALID_SHIFT", paymentMessages.shift(shiftCell), "bascule");
  const finessValue = finess.toUpperCase();
  if (finessValue !== "" && !isFiness(finessValue)) {
    problem("INVALID_FINESS", paymentMessages.finess(finess), "finess");
  }
  if (adeli !== "" && !isPrescriberId(adeli)) {
    problem("INVALID_ADELI", paymentMessages.adeli(adeli), "adeli");
  }

  if (
    problems.length > 0 ||
    mandateDate === null ||
    baseCents === null ||
    amountCents === null ||
    shift === null
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    data: {
      caisseNumber: caisse,
      claimNumber: number,
      mandateDate,
      baseCents,
      amountCents,
      shift,
      finess: finessValue || null,
      adeli: adeli || null,
    },
  };
}
