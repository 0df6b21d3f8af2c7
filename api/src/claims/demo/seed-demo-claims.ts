import type { EntityManager } from "@mikro-orm/postgresql";
import { Agent } from "../../agents/agent.entity";
import type { FileStorage } from "../../attachments/storage";
import { Caisse } from "../../caisses/caisse.entity";
import type { Config } from "../../config/config";
import type { Logger } from "../../logging/logger";
import { nirKey } from "../../patients/nir";
import { parisDate } from "../../shared/local-date";
import { Claim } from "../claim.entity";
import { ClaimStatus } from "../claim-enums";
import { putOnHold } from "../review/hold-claim";
import { readDemoDocuments, type DemoDocuments } from "./demo-documents";
import { insertClaim, type ClaimSeed } from "./insert-claim";

/** Demo patients' addresses: how a restart recognises the claims it already seeded. */
export const DEMO_EMAIL_DOMAIN = "demo.exemple.fr";

/**
 * Seeds, for every active caisse that has none yet, claims in every status with real
 * documents, so that a newcomer can click through the whole review at once: waiting, on hold,
 * with a duplicate warning, in progress, validated (with and without payment data), rejected,
 * cancelled. Development only: refused in production whatever the caller checked.
 */
export async function seedDemoClaims(
  em: EntityManager,
  storage: FileStorage,
  config: Config,
  logger: Logger,
  now: Date,
  documentsDir?: string,
): Promise<number> {
  if (config.NODE_ENV === "production")
    throw new Error("demo claims are never seeded in production");
  const documents = await readDemoDocuments(documentsDir);
  if (!documents) {
    logger.info("demo claims skipped: the shared fixture documents are not there");
    return 0;
  }
  const caisses = await em.find(Caisse, { active: true }, { orderBy: { number: "asc" } });
  let created = 0;
  for (const caisse of caisses) {
    const seeded = await em.count(Claim, {
      caisse,
      patient: { email: { $like: `%@${DEMO_EMAIL_DOMAIN}` } },
    });
    if (seeded > 0) continue;
    const agent = await em.findOne(Agent, { email: `agent.${caisse.number}@demo.gouv.fr` });
    if (!agent) throw new Error(`demo claims need the demo agent of caisse ${caisse.number}`);
    const principal = {
      kind: "agent" as const,
      agentId: agent.id,
      roles: [...agent.roles],
      caisseIds: [caisse.id],
    };
    await em.transactional(async (tx) => {
      for (const seed of demoSeeds(caisse, agent.id, documents, now)) {
        const claim = await insertClaim(tx, storage, seed.claim);
        if (seed.payment) Object.assign(claim, seed.payment);
        // As an agent would: the hold and its event, a day after the submission.
        if (seed.hold) {
          const at = new Date(seed.claim.submittedAt.getTime() + 86_400_000);
          putOnHold({ tx, claim, agent: principal, now: at }, seed.hold);
        }
        created += 1;
      }
      await tx.flush();
    });
  }
  if (created > 0) logger.info({ claims: created }, "demo claims seeded");
  return created;
}

interface DemoSeed {
  claim: ClaimSeed;
  /** The reason of a hold put by the caisse's demo agent. */
  hold?: string;
  payment?: Partial<
    Pick<
      Claim,
      "mandateDate" | "paymentBaseCents" | "paymentAmountCents" | "shift" | "finess" | "adeli"
    >
  >;
}

function demoSeeds(caisse: Caisse, agentId: string, docs: DemoDocuments, now: Date): DemoSeed[] {
  const today = parisDate(now);
  const day = (daysAgo: number) => today.minusDays(daysAgo).toString();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  const roundTrips = (...daysAgo: number[]) =>
    daysAgo.map((d) => ({ outboundDate: day(d), returnDate: day(d) }));
  const patient = (index: number, firstName: string, lastName: string, birthDate: string) => {
    const number = `${index % 2 === 0 ? 2 : 1}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}75${caisse.number}${String(index).padStart(3, "0")}`;
    return {
      nir: number,
      nirKey: String(nirKey(number)).padStart(2, "0"),
      birthDate,
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}.${lastName.toLowerCase().replace(/[^a-z]/g, "")}.${caisse.number}@${DEMO_EMAIL_DOMAIN}`,
    };
  };
  const repeated = patient(3, "Camille", "Rousseau", "1979-09-23");
  const base = { caisse, agentId };
  const { SUBMITTED, IN_PROGRESS, VALIDATED, REJECTED, CANCELLED } = ClaimStatus;
  return [
    {
      claim: {
        ...base,
        status: SUBMITTED,
        submittedAt: at(1),
        patient: patient(1, "Zoé", "Martin", "1968-02-14"),
        trips: roundTrips(9, 6, 2),
        distanceKm: 126,
        tollsCents: 960,
        agentId: null,
        documents: [docs.prescriptionPhoto, docs.tollReceipt],
      },
    },
    {
      claim: {
        ...base,
        status: SUBMITTED,
        submittedAt: at(4),
        patient: patient(2, "Louis", "Bernard", "1954-11-02"),
        trips: roundTrips(12),
        distanceKm: 48,
        parkingCents: 450,
        agentId: null,
        documents: [docs.prescriptionScan, docs.parkingReceipt],
      },
      hold: "Prescription peu lisible : nouvelle photo demandée au patient.",
    },
    {
      claim: {
        ...base,
        status: SUBMITTED,
        submittedAt: at(2),
        patient: repeated,
        trips: roundTrips(20, 13),
        distanceKm: 64,
        conflictsKept: 1,
        agentId: null,
        documents: [docs.prescriptionPhoto],
      },
    },
    {
      claim: {
        ...base,
        status: IN_PROGRESS,
        submittedAt: at(5),
        patient: patient(4, "Nina", "Petit", "2012-04-30"),
        trips: [{ outboundDate: day(15), returnDate: null }],
        publicTransportCents: 2_340,
        documents: [docs.prescriptionScan, docs.trainTicket],
      },
    },
    {
      claim: {
        ...base,
        status: VALIDATED,
        submittedAt: at(10),
        patient: repeated,
        trips: roundTrips(20),
        distanceKm: 32,
        documents: [docs.prescriptionPhoto],
      },
    },
    {
      claim: {
        ...base,
        status: VALIDATED,
        submittedAt: at(40),
        patient: patient(5, "Hugo", "Lambert", "1990-07-08"),
        trips: roundTrips(50, 47, 43, 40),
        distanceKm: 100,
        documents: [docs.prescriptionScan],
      },
      payment: {
        mandateDate: day(30),
        paymentBaseCents: 3_000,
        paymentAmountCents: 1_650,
        shift: true,
        finess: "750000001",
        adeli: "751234567",
      },
    },
    {
      claim: {
        ...base,
        status: REJECTED,
        submittedAt: at(20),
        patient: patient(6, "Inès", "Moreau", "1983-01-19"),
        trips: roundTrips(25),
        distanceKm: 22,
        documents: [docs.prescriptionPhoto],
      },
    },
    {
      claim: {
        ...base,
        status: CANCELLED,
        submittedAt: at(8),
        patient: patient(7, "Paul", "Girard", "1961-06-11"),
        trips: roundTrips(11),
        distanceKm: 18,
        agentId: null,
        documents: [docs.prescriptionPhoto],
      },
    },
  ];
}
