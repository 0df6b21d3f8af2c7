// The queue page the agent came from, remembered for the "next claim" shortcut: the next claim
// is the one below in the list the agent was looking at, with the same filters.
const KEY = "mrs-agent-queue-order";

export function nextClaimId(order: readonly string[], currentId: string): string | null {
  const index = order.indexOf(currentId);
  if (index === -1) return order[0] ?? null;
  return order[index + 1] ?? null;
}

export function rememberQueueOrder(ids: readonly string[]): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(ids));
}

export function rememberedQueueOrder(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((id) => typeof id === "string") : [];
  } catch {
    return [];
  }
}
