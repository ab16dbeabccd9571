import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { downloadResponse } from "@/lib/files/download-response";
import { getStoryFile } from "@/lib/stories/get-story-file";

// Evidence files of good stories: public with a published story; otherwise the secretariat and the submitter.
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await getStoryFile({ actor: await getActor(), attachmentId: id });
  return downloadResponse(file, { cache: file.isPublic ? "public" : "private" });
});
