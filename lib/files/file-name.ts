// File names come from the uploader's machine: they are shown to others and sent back in
// Content-Disposition headers, never used as paths (storage keys are generated, see storage.ts).

const MAX_FILE_NAME_LENGTH = 200;

/**
 * Last path segment only; no control or format characters (a right-to-left override can make
 * "report\u202Efdp.exe" display as "reportexe.pdf"); characters Windows forbids in names become "_";
 * Unicode letters stay. At most 200 characters, keeping the extension. Never empty.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = base
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    // Zero-width (non-)joiners are format characters too, but Persian and Indic names need them.
    .replace(/\p{Cc}|(?![\u200C\u200D])\p{Cf}/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .trim()
    // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/gu, "");
  if (!name) name = "file";
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const ext = fileExtension(name);
  const suffix = ext && ext.length <= 10 ? `.${ext}` : "";
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
      .join("")
      .trimEnd() + suffix
  );
}

/** Lower-case extension without the dot, or "" when the name has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}
