import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/core/route";
import { getVisitAttachment } from "@/lib/visits/get-visit-attachment";

export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await getVisitAttachment({ actor: await getActor(), attachmentId: id });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
