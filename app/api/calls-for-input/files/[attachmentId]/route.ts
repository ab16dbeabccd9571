import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/core/route";
import { now } from "@/lib/core/clock";
import { getResponseFile } from "@/lib/questionnaires/get-response-file";

// A file of an answer: its respondent, those who read the call's answers, or anyone once published.
export const GET = route(async (_req: Request, ctx: { params: Promise<{ attachmentId: string }> }) => {
  const file = await getResponseFile({ actor: await getActor(), attachmentId: (await ctx.params).attachmentId, now: now() });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
