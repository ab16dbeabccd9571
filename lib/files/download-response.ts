import { API_CACHE_CONTROL } from "../public-cache/cache-control";
/**
 * The HTTP answer of a stored file, the same for every download route: always as an attachment
 * (never rendered inline), its checked content type, no sniffing, and not cached unless public.
 */
export function downloadResponse(
  file: { bytes: Uint8Array; contentType: string; fileName: string },
  opts: { cache?: "private" | "public" } = {},
): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": opts.cache === "public" ? API_CACHE_CONTROL : "private, no-store",
    },
  });
}
