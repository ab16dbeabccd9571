import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { PublicCallRow } from "@/lib/questionnaires/find-public-calls";
import { CallMeta } from "./call-meta";

/** The public list of calls: each with its meta, and whether it is still open. */
export async function CallList({ rows, now, basePath = "/calls-for-input" }: { rows: PublicCallRow[]; now: Date; basePath?: string }) {
  const t = await getTranslations("questionnaires");
  if (rows.length === 0) return <p>{t("noCalls")}</p>;
  return (
    <ul className="space-y-4">
      {rows.map((c) => {
        const open = c.status === "OPEN" && c.deadline > now;
        return (
          <li key={c.id} className="space-y-2 rounded border border-slate-200 p-4" data-testid="call-row">
            <h2 className="text-lg">
              <Link href={`${basePath}/${c.id}`}>{c.title}</Link>{" "}
              <span
                className={open ? "rounded bg-green-100 px-2 text-sm text-green-900" : "rounded bg-slate-100 px-2 text-sm text-slate-800"}
              >
                {open ? t("open") : t("closed")}
              </span>
            </h2>
            <CallMeta call={c} />
          </li>
        );
      })}
    </ul>
  );
}
