import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getVisitRequest } from "@/lib/visits/get-visit-request";
import { VisitWorkspace } from "@/components/visits/visit-workspace";

export default async function VisitRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("visit:answer", `/portal/state/visits/${id}`);
  const r = await loadOr404(() => getVisitRequest({ actor, visitRequestId: id }));
  if (!r) notFound();
  return <VisitWorkspace r={r} />;
}
