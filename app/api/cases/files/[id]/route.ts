import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { downloadResponse } from "@/lib/files/download-response";
import { getCaseFile } from "@/lib/cases/get-case-file";

// Documents of case submissions (issue 17): the secretariat and the holders of the mandates a
// submission is assigned to. Never public, never cached.
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  return downloadResponse(await getCaseFile({ actor: await getActor(), attachmentId: id }));
});
