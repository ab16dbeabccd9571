import { buildIsStale } from "./lib/build";
import { runNext, waitForExit } from "./lib/run";

if (buildIsStale(process.cwd())) {
  const code = await waitForExit(runNext(["build"], { ...process.env, NODE_ENV: "production" }));
  process.exit(code);
}
