import { Router } from "express";

export interface Readiness {
  /** Resolves true when the database answers and every migration is applied. */
  ready(): Promise<boolean>;
}

/** Liveness and readiness probes for the load balancer and orchestrator. */
export function healthRouter(readiness: Readiness): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    let ready = false;
    try {
      ready = await readiness.ready();
    } catch {
      ready = false;
    }
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });
  return router;
}
