import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/core/route";
import { getStoryFile } from "@/lib/stories/get-story-file";

// Evidence files of good stories: public with a published story; otherwise the secretariat and the submitter.
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await getStoryFile({ actor: await getActor(), attachmentId: id });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": file.isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
});
