// Arabic is read right to left: the layout mirrors only if app/ and components/ use logical classes
// (ms-/me-, ps-/pe-, start-/end-…). eslint.config.js refuses physical ones (PHYSICAL_CLASS there);
// this proves the rule catches them where they are written, lets the logical ones and an explained
// exception through, and keeps the style sheets, which ESLint does not read, logical too.
import fs from "node:fs";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The probe is linted from memory: no file on disk for the type-aware rules' project service to
// find, so those rules (which this test is not about) are off for it.
const eslint = new ESLint({
  overrideConfig: {
    files: ["**/*.tsx"],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { "@typescript-eslint/no-floating-promises": "off", "@typescript-eslint/no-misused-promises": "off" },
  },
});
const PROBE = "components/ui/direction-probe.tsx";
// The first run loads the project's whole ESLint configuration: seconds on a busy machine.
beforeAll(() => eslint.lintText("", { filePath: PROBE }), 60_000);

/** The rule's findings for a component with this source (nothing is written to disk). */
async function physicalClasses(source: string): Promise<number[]> {
  const [result] = await eslint.lintText(source, { filePath: PROBE });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.line);
}

const component = (body: string) => `import { cn } from "./cn";\nexport function Probe({ on }: { on: boolean }) {\n${body}\n}\n`;

describe("the physical-class rule (eslint.config.js)", () => {
  it.each([
    ['return <ul className="list-disc pl-4" />;'],
    ['return <span className={cn("mr-2", on && "x")} />;'],
    ['return <span className={`a ${on ? "b" : ""} md:hover:pl-4`} />;'],
    ['return <div className="absolute -left-[9999px]" />;'],
    ['return <div className={on ? "text-right" : "float-left"} />;'],
    ['return <div className="border-l-2 rounded-tr-lg !me-1 [margin-left:2px]" />;'],
    ['return <div className="start-1/2 -translate-x-1/2" />;'],
  ])("refuses %s", async (body) => {
    expect(await physicalClasses(component(body))).not.toEqual([]);
  });

  it("lets logical classes, top and bottom, and words that only look alike through", async () => {
    const body =
      'return <div className={cn("ms-2 me-2 ps-4 pe-4 start-0 end-0 border-s-2 rounded-se text-start text-end float-start",' +
      ' "mt-2 pt-1 top-0 bottom-0 border-t space-x-2 divide-x rtl:-scale-x-100", "left-aligned bottom-left title-left-2")} />;';
    expect(await physicalClasses(component(body))).toEqual([]);
  });

  it("keeps a physical class that an eslint-disable comment explains", async () => {
    const body = [
      "return (",
      "  <div>",
      "    {/* eslint-disable-next-line no-restricted-syntax -- the probe's reason */}",
      '    <span className="pl-4" />',
      '    <span className="pr-4" />',
      "  </div>",
      ");",
    ].join("\n");
    expect(await physicalClasses(component(body))).toEqual([7]);
  });
});

describe("the style sheets of app/", () => {
  const sheets = fs.readdirSync("app").filter((f) => f.endsWith(".css"));

  it("declare no physical side (left, right) in a property", () => {
    const physical =
      /(^|[\s;{])((margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)|left|right)\s*:|(text-align|float|clear)\s*:\s*(left|right)/;
    for (const sheet of sheets) {
      const lines = fs.readFileSync(`app/${sheet}`, "utf8").split("\n");
      expect(
        lines.filter((line) => physical.test(line)),
        sheet,
      ).toEqual([]);
    }
  });

  it("apply no physical class", async () => {
    for (const sheet of sheets) {
      const applied = [...fs.readFileSync(`app/${sheet}`, "utf8").matchAll(/@apply\s+([^;]+);/g)].map((m) => m[1]!);
      const source = component(`return [${applied.map((a) => JSON.stringify(a)).join(",\n")}];`);
      expect(await physicalClasses(source), sheet).toEqual([]);
    }
  });
});
