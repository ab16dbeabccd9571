import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";
import { MESSAGES } from "./messages";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "generated" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const clientFiles = ["app", "components", "lib"]
  .flatMap((d) => sourceFiles(path.join(ROOT, d)))
  .map((file) => ({ file, text: readFileSync(file, "utf8") }))
  .filter(({ text }) => /^\s*["']use client["']/m.test(text));

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads", () => {
    expect(clientFiles.length).toBeGreaterThan(5);
    for (const { file, text } of clientFiles) {
      expect(text, `${file} calls useTranslations() without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
      for (const m of text.matchAll(/useTranslations\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
        const root = m[1]!.split(".")[0]!;
        expect(CLIENT_NAMESPACES as readonly string[], `${path.relative(ROOT, file)} reads "${m[1]}"`).toContain(root);
      }
      expect(text, `${file}: a namespace given as a variable cannot be checked`).not.toMatch(/useTranslations\(\s*[a-zA-Z_$]/);
    }
  });
  it("are those namespaces only", () => {
    const picked = clientMessages(MESSAGES.en);
    expect(Object.keys(picked).every((k) => (CLIENT_NAMESPACES as readonly string[]).includes(k))).toBe(true);
    expect(picked).toHaveProperty("communications");
    expect(picked).not.toHaveProperty("stateProfile");
  });
});
