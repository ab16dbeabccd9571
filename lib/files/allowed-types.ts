// The annex types a State (or anyone else) may upload: documents and pictures that open without
// macros or scripts. Pure: no I/O, safe to import from forms (for the `accept` attribute).

export type AllowedType = {
  /** What file-type reports when it sniffs the bytes ("jpg" for every JPEG). */
  sniffedAs: "pdf" | "docx" | "odt" | "png" | "jpg";
  contentType: string;
  /** The extension we store and show; the first of `extensions`. */
  extension: string;
  /** Extensions a file name of this type may end with (lower case, no dot). */
  extensions: readonly string[];
};

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { sniffedAs: "pdf", contentType: "application/pdf", extension: "pdf", extensions: ["pdf"] },
  {
    sniffedAs: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    extensions: ["docx"],
  },
  { sniffedAs: "odt", contentType: "application/vnd.oasis.opendocument.text", extension: "odt", extensions: ["odt"] },
  { sniffedAs: "png", contentType: "image/png", extension: "png", extensions: ["png"] },
  { sniffedAs: "jpg", contentType: "image/jpeg", extension: "jpg", extensions: ["jpg", "jpeg"] },
];

/** For `<input type="file" accept=…>`: a hint to the browser only; the server sniffs the bytes. */
export const ACCEPT_ATTRIBUTE = ALLOWED_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(",");

export function typeForExtension(extension: string): AllowedType | undefined {
  const ext = extension.toLowerCase();
  return ALLOWED_TYPES.find((t) => t.extensions.includes(ext));
}

export function typeForSniffed(sniffedExt: string | undefined): AllowedType | undefined {
  return ALLOWED_TYPES.find((t) => t.sniffedAs === sniffedExt);
}

const DEFAULT_MAX_UPLOAD_MB = 20;

/** The size limit in bytes: SP_MAX_UPLOAD_MB when it is a positive number, else 20 MiB. */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.SP_MAX_UPLOAD_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024);
}

// Read once at start-up. In a client bundle the variable is not exposed, so forms see the default.
export const MAX_UPLOAD_BYTES = maxUploadBytes();
