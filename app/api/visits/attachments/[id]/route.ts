import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { downloadResponse } from "@/lib/files/download-response";
import { getVisitAttachment } from "@/lib/visits/get-visit-attachment";

export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await getVisitAttachment({ actor: await getActor(), attachmentId: id });
  return downloadResponse(file);
});
