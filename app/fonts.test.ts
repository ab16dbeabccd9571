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

  it("declares a fallback resized to Inter's metrics, used right after Inter (and its Arabic companion)", () => {
    const fallback = ours.find((f) => prop(f, "font-family") === "'Inter Fallback'");
    expect(fallback && prop(fallback, "size-adjust")).toBe("107.12%");
    expect(read("app/globals.css")).toMatch(/--font-sans:\s+"Inter Variable", "Noto Sans Arabic Variable", "Inter Fallback",/);
    expect(read("app/layout.tsx")).toContain('import "./fonts.css";');
    expect(read("app/layout.tsx")).not.toContain('import "@fontsource-variable/inter"');
  });
});

describe("app/fonts-arabic-chinese.css", () => {
  const ours = faces(read("app/fonts-arabic-chinese.css"));
  const upstream = (pkg: string, subset: RegExp) =>
    [...read(`node_modules/@fontsource-variable/${pkg}/index.css`).matchAll(/\/\* ([^*]+) \*\/\s*@font-face\s*{([^}]*)}/g)]
      .filter((m) => subset.test(m[1]!.trim()))
      .map((m) => prop(m[2]!, "unicode-range"));
  const family = (name: string) => ours.filter((f) => prop(f, "font-family") === `'${name}'`);

  it("has the Arabic subset of Noto Sans Arabic and every Chinese slice of Noto Sans SC, each with font-display: swap", () => {
    expect(family("Noto Sans Arabic Variable").map((f) => prop(f, "unicode-range"))).toEqual(
      upstream("noto-sans-arabic", /^noto-sans-arabic-arabic-wght-normal$/),
    );
    expect(family("Noto Sans SC Variable").map((f) => prop(f, "unicode-range"))).toEqual(
      upstream("noto-sans-sc", /^noto-sans-sc-\[\d+\]-wght-normal$/),
    );
    expect(ours).toHaveLength(family("Noto Sans Arabic Variable").length + family("Noto Sans SC Variable").length);
    expect(new Set(ours.map((f) => prop(f, "font-display")))).toEqual(new Set(["swap"]));
  });

  it("points at font files that exist, and is loaded by the root layout", () => {
    for (const face of ours) {
      const url = /url\(([^)]+)\)/.exec(prop(face, "src") ?? "")?.[1];
      expect(url && fs.existsSync(path.join("app", url)), url).toBe(true);
    }
    expect(read("app/layout.tsx")).toContain('import "./fonts-arabic-chinese.css";');
  });
});
