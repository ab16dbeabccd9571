import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { readZipEntry, zipEntryNames, ZipBombError } from "./zip-entry";
import { checkUpload } from "./check-upload";
import { documentText } from "./document-text";
import { detectOfficeZip } from "./office-zip";
import { zipBomb } from "./sample-files.test-support";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MB = 1024 * 1024;
// Inflating the 4 GB would take well over ten seconds (and 4 GB of memory); stopping early takes
// milliseconds. The bound leaves room for a machine busy with other tests, and the memory bound
// says the same thing without depending on the clock at all.
const QUICK_MS = 3000;

/** Runs `fn`, giving how long it took and how much the process grew meanwhile (the larger of RSS and buffers). */
function measured(fn: () => unknown) {
  const before = process.memoryUsage();
  const started = performance.now();
  let error: unknown;
  try {
    fn();
  } catch (err) {
    error = err;
  }
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const grewBytes = Math.max(after.rss - before.rss, after.arrayBuffers + after.heapUsed - before.arrayBuffers - before.heapUsed);
  return { error, ms, grewBytes };
}

describe("readZipEntry", () => {
  it("reads an entry, and nothing for an entry that is not there or bytes that are no zip", () => {
    const zip = zipSync({ "a.txt": strToU8("hello"), "word/document.xml": strToU8("<w:p>x</w:p>".repeat(1000)) });
    expect(zipEntryNames(zip)).toEqual(["a.txt", "word/document.xml"]);
    expect(new TextDecoder().decode(readZipEntry(zip, "a.txt"))).toBe("hello");
    expect(readZipEntry(zip, "word/document.xml")?.length).toBe(12_000);
    expect(readZipEntry(zip, "missing.xml")).toBeUndefined();
    expect(readZipEntry(strToU8("not a zip at all"), "a.txt")).toBeUndefined();
    expect(zipEntryNames(strToU8("not a zip at all"))).toBeUndefined();
  });

  it("refuses a DOCX whose document part inflates to 4 GB in moments, growing memory by less than 50 MB", () => {
    const bomb = zipBomb({ mib: 4095 }); // about 4 MB on disk
    expect(bomb.length).toBeLessThan(5 * MB);
    const { error, ms, grewBytes } = measured(() => readZipEntry(bomb, "word/document.xml"));
    expect(error).toBeInstanceOf(ZipBombError);
    expect(ms).toBeLessThan(QUICK_MS);
    expect(grewBytes).toBeLessThan(50 * MB);
  });

  it("refuses it too when its headers claim a small size", () => {
    const bomb = zipBomb({ mib: 4095, declaredMib: 1 });
    const { error, ms, grewBytes } = measured(() => readZipEntry(bomb, "word/document.xml"));
    expect(error).toBeInstanceOf(ZipBombError);
    expect(ms).toBeLessThan(QUICK_MS);
    expect(grewBytes).toBeLessThan(50 * MB);
  });

  it("stops at the size cap even when the ratio looks ordinary", () => {
    const zip = zipBomb({ mib: 12 });
    expect(() => readZipEntry(zip, "word/document.xml", { maxBytes: 8 * MB, maxRatio: 1e9 })).toThrow(ZipBombError);
    expect(readZipEntry(zip, "word/document.xml", { maxBytes: 16 * MB, maxRatio: 1e9 })?.length).toBe(12 * MB);
  });
});

describe("office documents that are zip bombs", () => {
  it("are refused at upload with a message beside the field, quickly", async () => {
    const started = performance.now();
    await expect(checkUpload({ fileName: "statement.docx", bytes: zipBomb({ mib: 4095 }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { file: ["files.zipBomb"] },
    });
    expect(performance.now() - started).toBeLessThan(2 * QUICK_MS);
  });
  it("still look like a DOCX (nothing inflated to see it) and give no text", () => {
    const bomb = zipBomb({ mib: 4095, declaredMib: 1 });
    expect(detectOfficeZip(bomb)).toBe("docx");
    const { error, ms } = measured(() => expect(documentText(bomb, DOCX)).toBeNull());
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(QUICK_MS);
  });
});
