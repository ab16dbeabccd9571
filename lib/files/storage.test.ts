import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { filesDir, LocalFileStore, newStorageKey } from "./storage";
import { sanitizeFileName } from "./file-name";

let root: string;
let store: LocalFileStore;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "sp-store-"));
  store = new LocalFileStore(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("LocalFileStore", () => {
  it("puts, lists, gets and removes by generated key, in two-level fan-out directories", async () => {
    const key = newStorageKey();
    await store.put(key, Buffer.from("annex"));
    expect(await readdir(path.join(root, key.slice(0, 2), key.slice(2, 4)))).toEqual([key]);
    expect((await store.get(key)).toString()).toBe("annex");
    const listed = [];
    for await (const f of store.list()) listed.push(f.key);
    expect(listed).toEqual([key]);
    await store.remove(key);
    await store.remove(key); // idempotent
    await expect(store.get(key)).rejects.toMatchObject({ code: "NOT_FOUND", message: "files.notFound" });
  });

  it("refuses anything that is not a generated key, so no path can be smuggled in", async () => {
    for (const bad of ["../../etc/passwd", "a/b", "", "ABCDEF00-0000-4000-8000-000000000000"]) {
      await expect(store.put(bad, Buffer.from("x"))).rejects.toThrow("Not a storage key");
      await expect(store.get(bad)).rejects.toThrow("Not a storage key");
    }
  });

  it("does not list temporary or foreign files", async () => {
    const key = newStorageKey();
    const dir = path.join(root, key.slice(0, 2), key.slice(2, 4));
    await store.put(key, Buffer.from("x"));
    await writeFile(path.join(dir, `${key}.abcd.tmp`), "half");
    await writeFile(path.join(root, "README"), "not ours");
    const listed = [];
    for await (const f of store.list()) listed.push(f.key);
    expect(listed).toEqual([key]);
  });

  it("lives under FILES_DIR when set", () => {
    const before = process.env.FILES_DIR;
    process.env.FILES_DIR = "/srv/sp-files";
    expect(filesDir()).toBe("/srv/sp-files");
    if (before === undefined) delete process.env.FILES_DIR;
    else process.env.FILES_DIR = before;
  });
});

describe("sanitizeFileName", () => {
  it.each([
    ["", "file"],
    ["...", "file"],
    [".hidden.pdf", "hidden.pdf"],
    ["a<b>:c?.pdf ", "a_b__c_.pdf"],
    ["line\nbreak.pdf", "line break.pdf"],
    ["می‌خواهم.pdf", "می‌خواهم.pdf"], // the zero-width non-joiner stays
    ["e\u0301te\u0301.pdf", "été.pdf"], // NFC
  ])("%j → %j", (raw, clean) => {
    expect(sanitizeFileName(raw)).toBe(clean);
  });
});
