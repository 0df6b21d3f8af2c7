import { createTestAgent } from "../../../test/agents";
import { createTestClaim } from "../../../test/claims";
import { createCaisse } from "../../../test/factories";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { ClaimStatus } from "../claim-enums";

const DASHBOARD = `{ dashboard {
  countsByStatus { status count } onHoldCount myInProgressCount
  myInProgress { id } oldestWaiting { id }
} }`;

interface Dashboard {
  dashboard: {
    countsByStatus: { status: string; count: number }[];
    onHoldCount: number;
    myInProgressCount: number;
    myInProgress: { id: string }[];
    oldestWaiting: { id: string } | null;
  };
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
});
afterAll(async () => {
  await api.stop();
});

it("counts per status in the agent's caisses, their claims in progress, the oldest waiting", async () => {
  const caisse = await createCaisse(api);
  const me = await createTestAgent(api, ["AGENT"], [caisse.number]);
  const colleague = await createTestAgent(api, ["AGENT"], [caisse.number]);
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
  const claim = (status: ClaimStatus, day: number, extra: Record<string, unknown> = {}) =>
    createTestClaim(api, { caisseNumber: caisse.number, status, submittedAt: at(day), ...extra });
  await claim(ClaimStatus.SUBMITTED, 1, { onHold: true, holdReason: "Pièce" });
  const oldest = await claim(ClaimStatus.SUBMITTED, 2);
  await claim(ClaimStatus.SUBMITTED, 3);
  const mine = await claim(ClaimStatus.IN_PROGRESS, 4, { agentId: me.id });
  await claim(ClaimStatus.IN_PROGRESS, 5, { agentId: colleague.id });
  await claim(ClaimStatus.VALIDATED, 6, { agentId: me.id });
  await createTestClaim(api, { caisseNumber: "751" });

  const { data, errors } = await api.exec<Dashboard>(DASHBOARD, {}, { principal: me.principal });
  expect(errors).toBeUndefined();
  expect(data?.dashboard).toEqual({
    countsByStatus: [
      { status: "SUBMITTED", count: 3 },
      { status: "IN_PROGRESS", count: 2 },
      { status: "VALIDATED", count: 1 },
      { status: "REJECTED", count: 0 },
      { status: "CANCELLED", count: 0 },
    ],
    onHoldCount: 1,
    myInProgressCount: 1,
    myInProgress: [{ id: mine.id }],
    oldestWaiting: { id: oldest.id },
  });
});
