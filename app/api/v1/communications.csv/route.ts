import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { parseApiSearchParams } from "@/lib/open-data/schemas";
import { publicCommunicationChunks } from "@/lib/open-data/list-communications";
import { BOM, communicationCsvLine, CSV_HEADER } from "@/lib/open-data/csv";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R6): every communication matching the public search's filters, as CSV, streamed in
// chunks of 1,000 so a large export neither waits for nor holds the whole result.
export const GET = route(async (request: NextRequest) => {
  const at = now();
  const chunks = publicCommunicationChunks({ params: parseApiSearchParams(request.nextUrl.searchParams), now: at });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + CSV_HEADER));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(communicationCsvLine).join("")));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="communications-${at.toISOString().slice(0, 10)}.csv"`,
      "cache-control": PUBLIC_CACHE,
      "x-content-type-options": "nosniff",
    },
  });
});
