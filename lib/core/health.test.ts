import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthChecks } from "./health";

// /healthz and /readyz over real HTTP; the database here is one that does not answer (the
// integration test tests/integration/shared-state.test.ts checks readiness on a real one).
let server: http.Server;
let base = "";
const checks = healthChecks({ connectionString: "postgresql://nobody@127.0.0.1:1/none", migrationsDir: "prisma/migrations" });
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!checks.handle(req, res)) {
      res.statusCode = 418;
      res.end("app");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await checks.close();
  await new Promise((r) => server.close(r));
});

describe("health checks", () => {
  it("/healthz: the process is up, whatever the database, never cached", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz: 503 when the database does not answer", async () => {
    const res = await fetch(`${base}/readyz?probe=1`);
    expect(res.status).toBe(503);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "unavailable", reason: "database" });
  });

  it("leaves every other request to the app, and refuses other methods", async () => {
    expect((await fetch(`${base}/healthz/more`)).status).toBe(418);
    expect((await fetch(`${base}/`)).status).toBe(418);
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
  });
});
