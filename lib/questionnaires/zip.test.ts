import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildZip, zipSafeSegment } from "./zip";

// Python's zipfile is an independent reader: it checks every CRC and the central directory.
const PY = `
import sys, zipfile, json
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
print(json.dumps({"bad": bad, "entries": [[i.filename, i.compress_type, z.read(i.filename).hex()] for i in z.infolist()]}))
`;

function readBack(zip: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "sp-zip-"));
  try {
    const file = path.join(dir, "t.zip");
    writeFileSync(file, zip);
    return JSON.parse(execFileSync("python3", ["-c", PY, file], { encoding: "utf8" })) as {
      bad: string | null;
      entries: [string, number, string][];
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("buildZip", () => {
  it("writes an archive an independent reader opens, with every byte and name intact", () => {
    const text = new TextEncoder().encode("Réponse de la Mission permanente. ".repeat(200));
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    const zip = buildZip([
      { name: "Norvège/Q1-réponse.txt", bytes: text, modifiedAt: new Date("2026-06-10T08:00:00Z") },
      { name: "Brazil/Q3-data.bin", bytes: random },
      { name: "empty.txt", bytes: new Uint8Array(0) },
    ]);
    const back = readBack(zip);
    expect(back.bad).toBeNull();
    expect(back.entries.map(([name]) => name)).toEqual(["Norvège/Q1-réponse.txt", "Brazil/Q3-data.bin", "empty.txt"]);
    expect(back.entries[0]![1]).toBe(8); // repetitive text is deflated
    expect(Buffer.from(back.entries[0]![2], "hex")).toEqual(Buffer.from(text));
    expect(Buffer.from(back.entries[1]![2], "hex")).toEqual(Buffer.from(random));
    expect(back.entries[2]![2]).toBe("");
  });

  it("passes unzip -t when unzip is installed", () => {
    let hasUnzip = true;
    try {
      execFileSync("unzip", ["-v"], { stdio: "ignore" });
    } catch {
      hasUnzip = false;
    }
    if (!hasUnzip) return;
    const dir = mkdtempSync(path.join(tmpdir(), "sp-zip-"));
    try {
      const file = path.join(dir, "t.zip");
      writeFileSync(file, buildZip([{ name: "a.txt", bytes: new TextEncoder().encode("hello hello hello") }]));
      expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
      expect(readFileSync(file).subarray(0, 4).toString("hex")).toBe("504b0304");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an empty archive is just the end record", () => {
    expect(buildZip([])).toEqual(Buffer.from("504b0506" + "00".repeat(18), "hex"));
    expect(readBack(buildZip([])).entries).toEqual([]);
  });

  it("refuses duplicate names", () => {
    const bytes = new Uint8Array([1]);
    expect(() =>
      buildZip([
        { name: "a", bytes },
        { name: "a", bytes },
      ]),
    ).toThrow(/Duplicate/);
  });
});

describe("zipSafeSegment", () => {
  it.each([
    ["../../etc/passwd", "__.._etc_passwd"],
    ["Mission: Norway/Oslo", "Mission_ Norway_Oslo"],
    ["", "_"],
    ["Côte d'Ivoire", "Côte d'Ivoire"],
  ])("%s → %s", (input, expected) => {
    expect(zipSafeSegment(input)).toBe(expected);
  });
});
