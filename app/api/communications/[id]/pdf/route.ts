import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { communicationPdf } from "@/lib/communications/communication-pdf";

// The letter as PDF, for whoever may see the communication (workspace scope, or public once published).
export const GET = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const { fileName, bytes } = await communicationPdf({ actor: await getActor(), communicationId: id });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
