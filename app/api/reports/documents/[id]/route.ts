import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { downloadResponse } from "@/lib/files/download-response";
import { getReportDocument } from "@/lib/reports/get-report-document";

/** R19: a report's document in one language (public once the report is published). */
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await getReportDocument({ actor: await getActor(), documentId: id });
  return downloadResponse(file, { cache: file.published ? "public" : "private" });
});
