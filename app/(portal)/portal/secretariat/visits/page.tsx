import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pageSchema } from "@/lib/core/pagination";
import { VisitListPage } from "@/components/visits/visit-list-page";

const PATH = "/portal/secretariat/visits";

export default async function SecretariatVisits({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("visit:record", PATH);
  const t = await getTranslations("visits");
  return (
    <VisitListPage
      actor={actor}
      page={pageSchema.parse((await searchParams).page)}
      basePath={PATH}
      links={[
        { href: `${PATH}/standing-invitations`, label: t("manageInvitations") },
        { href: "/visits/report", label: t("annualReport") },
      ]}
    />
  );
}
