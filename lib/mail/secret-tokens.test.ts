import { describe, expect, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { HIDDEN_TOKEN, hideSecretTokens } from "./secret-tokens";

describe("hideSecretTokens", () => {
  it("removes the secret of an invitation, a reset or a status link, and keeps the rest of the text", () => {
    const token = randomBytes(32).toString("base64url");
    const text = `Set your password: https://sp.example/invitation/${token}\nIt works once.`;
    expect(hideSecretTokens(text)).toBe(`Set your password: https://sp.example/invitation/${HIDDEN_TOKEN}\nIt works once.`);
    const query = `https://sp.example/submit/status?token=${token}&lang=fr`;
    expect(hideSecretTokens(query)).toBe(`https://sp.example/submit/status?token=${HIDDEN_TOKEN}&lang=fr`);
  });

  it("keeps record ids, references, dates and ordinary words", () => {
    const id = randomUUID();
    const text = `See https://sp.example/portal/communications/${id} (UA NOR 3/2026, 2026-12-05T10:00:00Z), internationalisation`;
    expect(hideSecretTokens(text)).toBe(text);
  });
});
