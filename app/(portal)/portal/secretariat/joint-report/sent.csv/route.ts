import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { getJointReport } from "@/lib/joint-report/get-joint-report";
import { sentCsv } from "@/lib/joint-report/sent-csv";

// Section (a) of the joint communications report as CSV; getJointReport checks communication:review.
export const GET = route(async (req: Request) => {
  const periodId = new URL(req.url).searchParams.get("period") ?? "";
  const report = await getJointReport({ actor: await getActor(), periodId });
  return new Response(sentCsv(report.sent), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="joint-report-${report.period.id}-sent.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
