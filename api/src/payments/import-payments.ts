import { LockMode } from "@mikro-orm/core";
import { parse } from "csv-parse/sync";
import { caisseScope } from "../auth/caisse-scope";
import { Caisse } from "../caisses/caisse.entity";
import { Claim } from "../claims/claim.entity";
import { ClaimEvent } from "../claims/claim-event.entity";
import { ActorType, ClaimStatus } from "../claims/claim-enums";
import { agentOf } from "../claims/review/claim-action";
import type { AgentPrincipal, GraphQLContext } from "../graphql/context";
import { InputError } from "../graphql/errors";
import { frenchDate } from "../shared/french-date";
import { paymentMessages } from "./messages";
import { PAYMENT_HEADER } from "./payment-csv";
import { checkPaymentLine, type LineProblem, type PaymentData } from "./payment-line";
import {
  ImportPaymentsPayload,
  PaymentLineErrorType,
  PaymentLineResultType,
} from "./payment.types";

export const MAX_IMPORT_LINES = 10_000;

interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Imports the payment data sent back by the back office (SPEC 4.8). Each line is checked, then
 * written in its own transaction with its event: a line is recorded entirely or not at all, and
 * a refused line does not stop the others. Errors are reported per line.
 */
export async function importPayments(
  ctx: GraphQLContext,
  csv: string,
): Promise<ImportPaymentsPayload> {
  const agent = agentOf(ctx);
  const records = readRecords(csv);
  const myCaisses = await caisseNumbersOf(ctx, agent);

  const results: PaymentLineResultType[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cells } of records) {
    const number = cells[1] ?? "";
    const problems = checkPaymentLine(cells, myCaisses);
    const first = firstLineOf.get(number);
    if (problems.ok && first !== undefined) {
      results.push(
        result(line, number, [
          {
            code: "DUPLICATE_LINE",
            message: paymentMessages.duplicate(number, first),
            column: "id",
          },
        ]),
      );
      continue;
    }
    if (!firstLineOf.has(number)) firstLineOf.set(number, line);
    if (!problems.ok) {
      results.push(result(line, number, problems.problems));
      continue;
    }
    const refusal = await recordLine(ctx, agent, problems.data);
    results.push(result(line, number, refusal ? [refusal] : []));
  }

  const importedCount = results.filter((r) => r.ok).length;
  ctx.logger.info(
    { imported: importedCount, refused: results.length - importedCount },
    "payment data imported",
  );
  return Object.assign(new ImportPaymentsPayload(), {
    lines: results,
    importedCount,
    errorCount: results.length - importedCount,
  });
}

/**
 * Why a whole file is refused, as `extensions.reason` of its BAD_USER_INPUT error (field
 * "csv"): stable codes a client can act on, beside the French message.
 */
export type FileRefusal =
  "EMPTY_FILE" | "NOT_CSV" | "UNREADABLE_CSV" | "WRONG_HEADER" | "NO_DATA_LINE" | "TOO_MANY_LINES";

function refuseFile(reason: FileRefusal, message: string): never {
  throw new InputError("csv", message, { reason });
}

// Control characters other than tab and line breaks never appear in a text file; every binary
// format (spreadsheet, PDF streams, images) is full of them.
const BINARY = /[^\P{Cc}\t\n\r]/u;

function readRecords(csv: string): CsvRecord[] {
  if (csv.replace(/^\uFEFF/, "").trim() === "") {
    refuseFile("EMPTY_FILE", paymentMessages.emptyFile);
  }
  if (BINARY.test(csv)) refuseFile("NOT_CSV", paymentMessages.notCsv);
  let parsed: string[][];
  try {
    parsed = parse(csv, {
      delimiter: ";",
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      // The line number leads each record, so that errors point at the file's own lines.
      on_record: (record, { lines }) => [String(lines), ...record],
    });
  } catch {
    refuseFile("UNREADABLE_CSV", paymentMessages.unreadable);
  }
  const records = parsed.map(([line = "0", ...cells]) => ({ line: Number(line), cells }));
  const [header, ...data] = records;
  checkHeader(header?.cells ?? []);
  if (data.length === 0) refuseFile("NO_DATA_LINE", paymentMessages.empty);
  if (data.length > MAX_IMPORT_LINES) {
    refuseFile("TOO_MANY_LINES", paymentMessages.tooManyLines(MAX_IMPORT_LINES));
  }
  return data;
}

function checkHeader(cells: string[]): void {
  if (cells.join(";").toLowerCase() === PAYMENT_HEADER) return;
  // A spreadsheet saved with its default separator: say so rather than "wrong header".
  const [only = ""] = cells;
  for (const separator of [",", "\t"] as const) {
    if (cells.length === 1 && only.split(separator).join(";").toLowerCase() === PAYMENT_HEADER) {
      refuseFile("WRONG_HEADER", paymentMessages.separator(separator));
    }
  }
  refuseFile("WRONG_HEADER", paymentMessages.header(PAYMENT_HEADER));
}

/** Numbers of the caisses whose claims the caller may update; null: every caisse. */
async function caisseNumbersOf(
  ctx: GraphQLContext,
  agent: AgentPrincipal,
): Promise<Set<string> | null> {
  const scope = caisseScope(agent);
  if (scope === null) return null;
  const caisses = await ctx.em.find(Caisse, { id: { $in: [...scope] } }, { fields: ["number"] });
  return new Set(caisses.map((c) => c.number));
}

/** Writes one line's data and its event; returns the refusal found under the lock, if any. */
async function recordLine(
  ctx: GraphQLContext,
  agent: AgentPrincipal,
  data: PaymentData,
): Promise<LineProblem | null> {
  return ctx.em.transactional(async (tx) => {
    const claim = await tx.findOne(
      Claim,
      { number: data.claimNumber },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const scope = caisseScope(agent);
    if (!claim || (scope !== null && !scope.includes(claim.caisse.id))) {
      return {
        code: "UNKNOWN_CLAIM",
        message: paymentMessages.unknownClaim(data.claimNumber),
        column: "id",
      };
    }
    await tx.populate(claim, ["caisse"]);
    if (claim.caisse.number !== data.caisseNumber) {
      return {
        code: "OTHER_CAISSE",
        message: paymentMessages.otherCaisse(data.claimNumber, data.caisseNumber),
        column: "caisse",
      };
    }
    if (claim.status !== ClaimStatus.VALIDATED) {
      return {
        code: "NOT_VALIDATED",
        message: paymentMessages.notValidated(data.claimNumber),
        column: "id",
      };
    }
    if (claim.mandateDate !== null) {
      return {
        code: "ALREADY_PAID",
        message: paymentMessages.alreadyPaid(data.claimNumber, frenchDate(claim.mandateDate)),
        column: "mandatement",
      };
    }

    claim.mandateDate = data.mandateDate;
    claim.paymentBaseCents = data.baseCents;
    claim.paymentAmountCents = data.amountCents;
    claim.shift = data.shift;
    claim.finess = data.finess;
    claim.adeli = data.adeli;
    tx.create(ClaimEvent, {
      claim,
      at: ctx.now(),
      type: "PAYMENT_RECORDED",
      actorType: ActorType.AGENT,
      actorId: agent.agentId,
      after: {
        mandateDate: data.mandateDate,
        baseCents: data.baseCents,
        amountCents: data.amountCents,
        shift: data.shift,
        finess: data.finess,
        adeli: data.adeli,
      },
    });
    return null;
  });
}

function result(line: number, claimNumber: string, errors: LineProblem[]): PaymentLineResultType {
  return Object.assign(new PaymentLineResultType(), {
    line,
    claimNumber: claimNumber || null,
    ok: errors.length === 0,
    errors: errors.map((e) => Object.assign(new PaymentLineErrorType(), e)),
  });
}
