import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { downloadResponse } from "@/lib/files/download-response";
import { now } from "@/lib/core/clock";
import { getResponseFile } from "@/lib/questionnaires/get-response-file";

// A file of an answer: its respondent, those who read the call's answers, or anyone once published.
export const GET = route(async (_req: Request, ctx: { params: Promise<{ attachmentId: string }> }) => {
  const file = await getResponseFile({ actor: await getActor(), attachmentId: (await ctx.params).attachmentId, now: now() });
  return downloadResponse(file);
});
