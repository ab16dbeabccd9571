import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { downloadResponse } from "@/lib/files/download-response";
import { getInductionMaterialFile } from "@/lib/committee-people/get-induction-material-file";

/** CC3: an induction material's file, for mandate holders and the secretariat; anyone else a 404. */
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await getInductionMaterialFile({ actor: await getActor(), materialId: id });
  return downloadResponse(file);
});
