import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { withNonce } from "./nonce-rewrite";

const OLD = "OLDOLDOLDOLDOLDOLDOLD+==";
const NEW = "newnewnewnewnewnewnew/==";

describe("a kept body with the nonce of the response", () => {
  it.each([
    ["in the middle", `<script nonce="${OLD}">a</script>${"x".repeat(5000)}<script nonce="${OLD}">b</script>`],
    ["at both ends", `${OLD}${"<p>é</p>".repeat(300)}${OLD}`],
    ["side by side", `${OLD}${OLD}${OLD}`],
    ["nowhere", `{"items":[${'"x",'.repeat(500)}"y"]}`],
  ])("%s: plain and gzipped, every time", (_, text) => {
    const answer = { body: Buffer.from(text), nonce: OLD };
    const expected = text.replaceAll(OLD, NEW);
    for (let i = 0; i < 2; i++) {
      expect(withNonce(answer, NEW, false).toString()).toBe(expected);
      expect(gunzipSync(withNonce(answer, NEW, true)).toString()).toBe(expected);
    }
    // The kept body itself is never changed.
    expect(answer.body.toString()).toBe(text);
  });

  it("keeps the body as it is without a nonce on either side", () => {
    const text = `<script nonce="${OLD}"></script>`;
    expect(withNonce({ body: Buffer.from(text) }, NEW, false).toString()).toBe(text);
    expect(withNonce({ body: Buffer.from(text), nonce: OLD }, undefined, false).toString()).toBe(text);
    expect(gunzipSync(withNonce({ body: Buffer.from(text), nonce: OLD }, undefined, true)).toString()).toBe(text);
  });
});
