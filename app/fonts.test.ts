// The web font must not shift the layout (font-display: optional, metric-matched fallback), and
// app/fonts.css must keep every subset of the package it copies, pointing at files that exist.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const read = (p: string) => fs.readFileSync(p, "utf8");
const faces = (css: string) => [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
// Compared after normalising quotes and spaces, so a formatter's choices do not matter.
const prop = (face: string, name: string) =>
  new RegExp(`${name}:\\s*([^;]+);`).exec(face)?.[1]?.replace(/"/g, "'").replace(/,\s+/g, ",").trim();

describe("app/fonts.css", () => {
  const ours = faces(read("app/fonts.css"));
  const inter = ours.filter((f) => prop(f, "font-family") === "'Inter Variable'");
  const upstream = faces(read("node_modules/@fontsource-variable/inter/index.css"));

  it("has every subset of @fontsource-variable/inter's index.css, each with font-display: optional", () => {
    expect(inter.map((f) => prop(f, "unicode-range"))).toEqual(upstream.map((f) => prop(f, "unicode-range")));
    expect(inter.map((f) => prop(f, "font-display"))).toEqual(inter.map(() => "optional"));
  });

  it("points at font files that exist", () => {
    for (const face of inter) {
      const url = /url\(([^)]+)\)/.exec(prop(face, "src") ?? "")?.[1];
      expect(url && fs.existsSync(path.join("app", url)), url).toBe(true);
    }
  });

  it("declares a fallback resized to Inter's metrics, used right after Inter", () => {
    const fallback = ours.find((f) => prop(f, "font-family") === "'Inter Fallback'");
    expect(fallback && prop(fallback, "size-adjust")).toBe("107.12%");
    expect(read("app/globals.css")).toMatch(/--font-sans: "Inter Variable", "Inter Fallback",/);
    expect(read("app/layout.tsx")).toContain('import "./fonts.css";');
    expect(read("app/layout.tsx")).not.toContain('import "@fontsource-variable/inter"');
  });
});
