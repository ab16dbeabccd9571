// Decides whether an uploaded file may be kept, from its bytes: the name and the browser's declared
// type are the uploader's claims, the sniffed type is what the file is.
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../core/errors";
import { ALLOWED_TYPES, MAX_UPLOAD_BYTES, typeForExtension, typeForSniffed } from "./allowed-types";
import { fileExtension, sanitizeFileName } from "./file-name";
import { detectOfficeZip } from "./office-zip";
import { mainPartOf } from "./document-text";
import { readZipEntry, ZipBombError } from "./zip-entry";

export type UploadMessage = "files.tooLarge" | "files.empty" | "files.notAllowed" | "files.mismatch" | "files.zipBomb";

export type CheckedUpload = { fileName: string; contentType: string; extension: string };

const ALLOWED_CONTENT_TYPES = new Set(ALLOWED_TYPES.map((t) => t.contentType));

function refuse(message: UploadMessage): never {
  throw new AppError("INVALID_INPUT", message, { file: [message] });
}

async function sniff(bytes: Uint8Array): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  // file-type names most office files itself; when it only sees a zip, look inside (office-zip.ts).
  if (found?.ext === "zip") return detectOfficeZip(bytes) ?? "zip";
  return found?.ext;
}

/** An office document whose text part inflates past the cap or at a bomb's ratio (./zip-entry.ts). */
function inflatesTooMuch(bytes: Uint8Array, contentType: string): boolean {
  const part = mainPartOf(contentType);
  if (!part) return false;
  try {
    readZipEntry(bytes, part);
    return false;
  } catch (err) {
    if (err instanceof ZipBombError) return true;
    throw err;
  }
}

/**
 * Refuses with AppError INVALID_INPUT and fieldErrors `{ file: [key] }`, key one of UploadMessage:
 * empty, too large, an extension outside ALLOWED_TYPES (notAllowed), or bytes that are not what the
 * extension claims — an .exe or a PNG renamed .pdf, text named .pdf (mismatch) — or an office
 * document whose text part would inflate past 50 MB or at an absurd ratio (zipBomb).
 * `declaredType` (the browser's guess from the extension) is never trusted; when it names another
 * allowed type than the bytes, that is a mismatch too.
 */
export async function checkUpload({
  fileName,
  bytes,
  declaredType,
  maxBytes = MAX_UPLOAD_BYTES,
}: {
  fileName: string;
  bytes: Uint8Array;
  declaredType?: string;
  maxBytes?: number;
}): Promise<CheckedUpload> {
  if (bytes.length === 0) refuse("files.empty");
  if (bytes.length > maxBytes) refuse("files.tooLarge");
  const name = sanitizeFileName(fileName);
  const claimed = typeForExtension(fileExtension(name));
  if (!claimed) refuse("files.notAllowed");
  const actual = typeForSniffed(await sniff(bytes));
  if (actual !== claimed) refuse("files.mismatch");
  const declared = declaredType?.split(";")[0]?.trim().toLowerCase();
  if (declared && ALLOWED_CONTENT_TYPES.has(declared) && declared !== actual.contentType) refuse("files.mismatch");
  if (inflatesTooMuch(bytes, actual.contentType)) refuse("files.zipBomb");
  return { fileName: name, contentType: actual.contentType, extension: actual.extension };
}
