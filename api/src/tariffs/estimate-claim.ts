import type { GraphQLContext } from "../graphql/context";
import { InputError } from "../graphql/errors";
import { parisDate } from "../shared/local-date";
import { paidCents, reimbursementBaseCents } from "./computations";
import type { ClaimEstimate, ClaimEstimateInput } from "./estimate.types";
import { estimateMessages } from "./messages";
import { ratesAt } from "./tariff-book";

const MAX_KM = 9_999;
const MAX_CENTS = 999_999;
const MAX_TRIPS = 100;

/**
 * The indicative estimate shown before submission (SPEC 4.6), with the rates in force on the
 * first trip's date. No deductible: it does not apply to own-vehicle or public transport.
 */
export async function estimateClaim(
  input: ClaimEstimateInput,
  ctx: GraphQLContext,
): Promise<ClaimEstimate> {
  if (input.trips.length < 1 || input.trips.length > MAX_TRIPS) {
    throw new InputError("trips", estimateMessages.trips);
  }
  const distanceKm = input.distanceKm ?? 0;
  if (!Number.isInteger(distanceKm) || distanceKm < 0 || distanceKm > MAX_KM) {
    throw new InputError("distanceKm", estimateMessages.distance);
  }
  const amounts = {
    tollsCents: input.tollsCents ?? 0,
    parkingCents: input.parkingCents ?? 0,
    publicTransportCents: input.publicTransportCents ?? 0,
  };
  for (const [field, cents] of Object.entries(amounts)) {
    if (cents < 0 || cents > MAX_CENTS) throw new InputError(field, estimateMessages.amount);
  }

  const firstDay = input.trips
    .map((trip) => trip.outboundDate)
    .sort()
    .at(0);
  const rates = await ratesAt(ctx.em, firstDay ?? parisDate(ctx.now()).toString());
  const baseCents = reimbursementBaseCents({ distanceKm, ...amounts }, rates);
  return {
    baseCents,
    generalRatePercent: rates.coverageGeneralPercent,
    generalAmountCents: paidCents(baseCents, rates.coverageGeneralPercent),
    fullAmountCents: paidCents(baseCents, 100),
  };
}
