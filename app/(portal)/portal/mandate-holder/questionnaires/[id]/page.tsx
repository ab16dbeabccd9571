import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { loadOr404 } from "@/lib/core/load-or-404";
import { pageSchema } from "@/lib/core/pagination";
import { getManagedQuestionnaire } from "@/lib/questionnaires/get-managed-questionnaire";
import { ManagedDetail } from "@/components/questionnaires/managed-detail";

const PATH = "/portal/mandate-holder/questionnaires";

export default async function HolderQuestionnaire({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePermission("questionnaire:propose", `${PATH}/${id}`);
  const page = pageSchema.parse((await searchParams).page);
  const q = await loadOr404(() => getManagedQuestionnaire({ actor, questionnaireId: id, now: now(), page }));
  if (!q) notFound();
  return <ManagedDetail q={q} basePath={PATH} page={page} />;
}
