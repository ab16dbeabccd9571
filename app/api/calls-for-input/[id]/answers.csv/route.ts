import { getActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/auth/policy";
import { route } from "@/lib/server/route";
import { exportAnswersCsv } from "@/lib/questionnaires/export-answers";

// The submitted answers of one call, for the secretariat and the holders of its mandates (R12).
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await getActor();
  assertCan(actor, "questionnaire:view-answers");
  const { csv, fileName } = await exportAnswersCsv({ actor, questionnaireId: (await ctx.params).id });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
