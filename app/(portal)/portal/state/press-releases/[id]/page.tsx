import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { getPressRelease } from "@/lib/press-releases/get-press-release";
import { loadOr404 } from "@/lib/core/load-or-404";
import { PressReleaseView } from "@/components/press-releases/press-release-view";

export default async function StatePressRelease({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("communication:read-addressed", `/portal/state/press-releases/${id}`);
  const pr = await loadOr404(() => getPressRelease({ actor, pressReleaseId: id }));
  if (!pr) notFound();
  return <PressReleaseView pr={pr} communicationBase="/portal/state/communications" visitBase="/portal/state/visits" />;
}
