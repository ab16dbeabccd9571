import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pageSchema } from "@/lib/core/pagination";
import { VisitListPage } from "@/components/visits/visit-list-page";

const PATH = "/portal/state/visits";

export default async function StateVisits({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("visit:answer", PATH);
  const t = await getTranslations("visits");
  return (
    <VisitListPage
      actor={actor}
      page={pageSchema.parse((await searchParams).page)}
      basePath={PATH}
      links={[{ href: `${PATH}/invite`, label: t("newInvitation") }]}
    />
  );
}
