import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { BOM, csvLine } from "@/lib/open-data/csv";
import { PUBLIC_CACHE } from "@/lib/open-data/links";
import { parsePublicReprisalApiParams, publicReprisalChunks } from "@/lib/reprisals/find-public-reprisals";
import { publicReprisalCsvLine, REPRISAL_CSV_COLUMNS } from "@/lib/reprisals/public-rows";

// Open data (R8): the public reprisals register as CSV (cleared summaries only), streamed in chunks.
export const GET = route(async (request: NextRequest) => {
  const params = parsePublicReprisalApiParams(request.nextUrl.searchParams);
  const chunks = publicReprisalChunks({ params });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine([...REPRISAL_CSV_COLUMNS])));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(publicReprisalCsvLine).join("")));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="reprisals-${now().toISOString().slice(0, 10)}.csv"`,
      "cache-control": PUBLIC_CACHE,
      "x-content-type-options": "nosniff",
    },
  });
});
