// `npm run lint:openapi`: the open-data API's OpenAPI document (lib/open-data/openapi.ts, served at
// /api/v1/openapi.json) checked by Redocly's recommended rules (redocly.yaml), offline. Part of
// `npm test` (issue 13, item 3).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApiDocument } from "../lib/open-data/openapi";

const dir = mkdtempSync(path.join(tmpdir(), "sp-openapi-"));
const file = path.join(dir, "openapi.json");
try {
  writeFileSync(file, JSON.stringify(openApiDocument, null, 2));
  const bin = path.join(process.cwd(), "node_modules", ".bin", process.platform === "win32" ? "redocly.cmd" : "redocly");
  const result = spawnSync(bin, ["lint", file, "--config", path.join(process.cwd(), "redocly.yaml"), "--format", "summary"], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
