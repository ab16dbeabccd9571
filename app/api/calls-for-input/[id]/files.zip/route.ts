import { getActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/auth/policy";
import { route } from "@/lib/server/route";
import { exportAnswerFiles } from "@/lib/questionnaires/export-answers";

// Every file attached to the submitted answers of one call, as one ZIP (R12).
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await getActor();
  assertCan(actor, "questionnaire:view-answers");
  const { zip, fileName } = await exportAnswerFiles({ actor, questionnaireId: (await ctx.params).id });
  return new Response(new Uint8Array(zip), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
