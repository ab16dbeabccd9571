import { describe, expect, it } from "vitest";
import { checkUpload } from "./check-upload";
import { maxUploadBytes, MAX_UPLOAD_BYTES } from "./allowed-types";
import { detectOfficeZip } from "./office-zip";
import { sampleDocx, sampleExe, sampleJpeg, sampleOdt, samplePdf, samplePng, zipStored } from "./sample-files.test-support";

const refusedWith = (key: string) => ({ code: "INVALID_INPUT", message: key, fieldErrors: { file: [key] } });

describe("checkUpload accepts the five annex types, from their bytes", () => {
  it.each([
    ["reply.pdf", samplePdf(), "application/pdf", "pdf"],
    ["scan.png", samplePng(), "image/png", "png"],
    ["photo.jpg", sampleJpeg(), "image/jpeg", "jpg"],
    ["photo.JPEG", sampleJpeg(), "image/jpeg", "jpg"],
    ["reply.docx", sampleDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["réponse.odt", sampleOdt(), "application/vnd.oasis.opendocument.text", "odt"],
  ])("%s", async (fileName, bytes, contentType, extension) => {
    await expect(checkUpload({ fileName, bytes })).resolves.toEqual({ fileName, contentType, extension });
  });

  it("recognises a DOCX that file-type sees only as a zip (no main part in [Content_Types].xml)", async () => {
    const bytes = sampleDocx("<Types><Default Extension='xml' ContentType='application/xml'/></Types>");
    await expect(checkUpload({ fileName: "a.docx", bytes })).resolves.toMatchObject({ extension: "docx" });
  });

  it("accepts a declared type that agrees with the bytes, or a generic one", async () => {
    await expect(checkUpload({ fileName: "a.pdf", bytes: samplePdf(), declaredType: "application/pdf" })).resolves.toBeTruthy();
    await expect(checkUpload({ fileName: "a.odt", bytes: sampleOdt(), declaredType: "application/octet-stream" })).resolves.toBeTruthy();
  });
});

describe("checkUpload refuses", () => {
  it("an empty file", async () => {
    await expect(checkUpload({ fileName: "a.pdf", bytes: new Uint8Array() })).rejects.toMatchObject(refusedWith("files.empty"));
  });

  it("a file over the limit, before looking at it", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(samplePdf());
    await expect(checkUpload({ fileName: "a.pdf", bytes: big })).rejects.toMatchObject(refusedWith("files.tooLarge"));
    await expect(checkUpload({ fileName: "a.pdf", bytes: samplePdf(), maxBytes: 10 })).rejects.toMatchObject(refusedWith("files.tooLarge"));
  });

  it.each([
    ["notes.txt", Buffer.from("hello")],
    ["archive.zip", zipStored([["a.txt", "x"]])],
    ["setup.exe", sampleExe()],
    ["no-extension", samplePdf()],
  ])("%s: a type outside the list", async (fileName, bytes) => {
    await expect(checkUpload({ fileName, bytes })).rejects.toMatchObject(refusedWith("files.notAllowed"));
  });

  it.each([
    ["report.pdf", sampleExe(), "an executable renamed .pdf"],
    ["photo.pdf", samplePng(), "a PNG named .pdf"],
    ["a.pdf", Buffer.from("hello"), "plain text named .pdf"],
    ["scan.png", sampleJpeg(), "a JPEG named .png"],
    ["reply.docx", sampleOdt(), "an ODT named .docx"],
    ["reply.odt", zipStored([["a.txt", "x"]]), "a plain zip named .odt"],
    [
      "macro.docx",
      zipStored([
        ["[Content_Types].xml", "<Types/>"],
        ["word/document.xml", "<w/>"],
        ["word/vbaProject.bin", "x"],
      ]),
      "a macro document",
    ],
  ])("%s: %s", async (fileName, bytes) => {
    await expect(checkUpload({ fileName, bytes })).rejects.toMatchObject(refusedWith("files.mismatch"));
  });

  it("a declared type naming another allowed type than the bytes", async () => {
    await expect(checkUpload({ fileName: "a.pdf", bytes: samplePdf(), declaredType: "image/png" })).rejects.toMatchObject(
      refusedWith("files.mismatch"),
    );
  });
});

describe("file names", () => {
  it("keep the last path segment and Unicode letters, drop control and bidi characters", async () => {
    const checked = await checkUpload({ fileName: "C:\\Users\\me\\..\\Отчёт\u0007 état\u202E.pdf", bytes: samplePdf() });
    expect(checked.fileName).toBe("Отчёт état.pdf");
    expect((await checkUpload({ fileName: "../../etc/passwd.pdf", bytes: samplePdf() })).fileName).toBe("passwd.pdf");
  });

  it("are cut to 200 characters, keeping the extension", async () => {
    const checked = await checkUpload({ fileName: `${"é".repeat(300)}.pdf`, bytes: samplePdf() });
    expect(Array.from(checked.fileName)).toHaveLength(200);
    expect(checked.fileName.endsWith("é.pdf")).toBe(true);
  });
});

describe("limits and zip inspection", () => {
  it("SP_MAX_UPLOAD_MB overrides the 20 MiB default when it is a positive number", () => {
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ SP_MAX_UPLOAD_MB: "5" })).toBe(5 * 1024 * 1024);
    expect(maxUploadBytes({ SP_MAX_UPLOAD_MB: "nonsense" })).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ SP_MAX_UPLOAD_MB: "-1" })).toBe(20 * 1024 * 1024);
  });

  it("detectOfficeZip reads names from the central directory and the ODT mimetype entry", () => {
    expect(detectOfficeZip(sampleDocx())).toBe("docx");
    expect(detectOfficeZip(sampleOdt())).toBe("odt");
    expect(detectOfficeZip(zipStored([["mimetype", "application/vnd.oasis.opendocument.spreadsheet"]]))).toBeUndefined();
    expect(detectOfficeZip(Buffer.from("PK\u0003\u0004 truncated"))).toBeUndefined();
  });
});
