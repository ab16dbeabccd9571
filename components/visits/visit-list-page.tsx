import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { findVisitRequests } from "@/lib/visits/find-visit-requests";
import { VisitRequestTable } from "./visit-request-table";
import { Pagination } from "@/components/ui/pagination";

/** The workspace list of visit requests (each role sees its own scope), with links for its role. */
export async function VisitListPage({
  actor,
  page,
  basePath,
  links = [],
}: {
  actor: Actor;
  page: number;
  basePath: string;
  links?: { href: string; label: string }[];
}) {
  const [t, list] = await Promise.all([getTranslations("visits"), findVisitRequests({ actor, page })]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      {links.length > 0 && (
        <ul className="flex flex-wrap gap-4">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>{t("count", { count: list.total })}</p>
      <VisitRequestTable rows={list.rows} basePath={basePath} />
      <Pagination page={page} pages={list.pages} basePath={basePath} />
    </div>
  );
}
