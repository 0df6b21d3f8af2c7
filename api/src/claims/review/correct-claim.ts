import { LocalDate } from "@js-joda/core";
import type { GraphQLContext } from "../../graphql/context";
import { InputError } from "../../graphql/errors";
import { patientMessages } from "../../patients/messages";
import { parseNir } from "../../patients/nir";
import { nameKey, normaliseName } from "../../patients/person-name";
import { upsertPatient } from "../../patients/upsert-patient";
import { parisDate } from "../../shared/local-date";
import type { ClaimType } from "../claim.types";
import { MAX_KM } from "../validate-claim-input";
import { actOnClaim, recordEvent } from "./claim-action";
import { CorrectClaimPayload, type CorrectClaimInput } from "./claim-actions.types";
import { reviewMessages } from "./messages";
import { ensureAllowed } from "./transitions";

interface Identity {
  nir: string;
  nirKey: string;
  birthDate: string;
  firstName: string;
}

/**
 * Corrects what the patient mistyped (NIR, birth date, first name, distance), keeping the
 * values before and after in the event. The identity designates the patient (SPEC 4.1), so a
 * corrected identity moves the claim to the matching patient, created if need be; the other
 * claims of the former identity are left alone. A distance of 0 or none is not a correction:
 * the previous value stays and the payload says so.
 */
export async function correctClaim(
  ctx: GraphQLContext,
  id: string,
  version: number,
  input: CorrectClaimInput,
): Promise<CorrectClaimPayload> {
  const today = parisDate(ctx.now());
  const typed = checkedIdentity(input, today);
  const notices: string[] = [];
  const changed: string[] = [];

  const claim: ClaimType = await actOnClaim(ctx, id, version, async (scope) => {
    const { claim, tx } = scope;
    ensureAllowed(claim, "correct");
    const distance = input.distanceKm;
    if (distance !== undefined && (distance === null || distance === 0)) {
      notices.push(reviewMessages.distanceKept(claim.distanceKm));
    } else if (distance !== undefined && !claim.usesVehicle) {
      throw new InputError("input.distanceKm", reviewMessages.distanceNoVehicle);
    }

    const patient = claim.patient;
    const current: Identity = {
      nir: patient.nir,
      nirKey: patient.nirKey,
      birthDate: patient.birthDate,
      firstName: patient.firstName,
    };
    const next: Identity = { ...current, ...typed };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (next.nir !== current.nir || next.nirKey !== current.nirKey) {
      changed.push("nir");
      before.nir = current.nir + current.nirKey;
      after.nir = next.nir + next.nirKey;
    }
    for (const field of ["birthDate", "firstName"] as const) {
      if (next[field] !== current[field]) {
        changed.push(field);
        before[field] = current[field];
        after[field] = next[field];
      }
    }
    if (typeof distance === "number" && distance !== 0 && distance !== claim.distanceKm) {
      changed.push("distanceKm");
      before.distanceKm = claim.distanceKm;
      after.distanceKm = distance;
      claim.distanceKm = distance;
    }
    if (changed.length === 0) {
      notices.push(reviewMessages.nothingChanged);
      return;
    }

    if (changed.some((field) => field !== "distanceKm")) {
      claim.patient = await upsertPatient(tx, {
        ...next,
        firstNameKey: nameKey(next.firstName),
        lastName: patient.lastName,
        email: patient.email,
        phone: patient.phone,
      });
      after.patientId = claim.patient.id;
      before.patientId = patient.id;
    }
    recordEvent(scope, "CORRECTED", { before, after });
  });

  return Object.assign(new CorrectClaimPayload(), { claim, changedFields: changed, notices });
}

/** The identity fields given, checked like a submission (SPEC 4.2), before any lock is taken. */
function checkedIdentity(input: CorrectClaimInput, today: LocalDate): Partial<Identity> {
  const identity: Partial<Identity> = {};
  if (input.nir != null) {
    const nir = parseNir(input.nir);
    if (!nir.ok) throw new InputError("input.nir", nir.message);
    identity.nir = nir.nir.number;
    identity.nirKey = nir.nir.key;
  }
  if (input.birthDate != null) {
    const birthDate = LocalDate.parse(input.birthDate);
    if (birthDate.isAfter(today)) {
      throw new InputError("input.birthDate", patientMessages.birthDateFuture);
    }
    if (birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
      throw new InputError("input.birthDate", patientMessages.birthDateTooOld);
    }
    identity.birthDate = input.birthDate;
  }
  if (input.firstName != null) {
    const name = normaliseName(input.firstName);
    if (!name.ok) throw new InputError("input.firstName", name.message);
    identity.firstName = name.name;
  }
  const distance = input.distanceKm;
  if (typeof distance === "number" && distance !== 0 && (distance < 1 || distance > MAX_KM)) {
    throw new InputError("input.distanceKm", reviewMessages.distanceOutOfRange);
  }
  return identity;
}
