import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";

type Version = { number: number; changeSummary: string; createdAt: Date; authorName: string | null };

/** A guidance document's versions, newest first; each earlier one can be opened and read. */
export async function GuidanceHistory({
  basePath,
  history,
  shown,
  latest,
}: {
  basePath: string;
  history: Version[];
  shown: number;
  latest: number;
}) {
  const [t, format] = await Promise.all([getTranslations("guidance"), getFormatter()]);
  return (
    <DataTable
      caption={t("historyCaption")}
      captionHidden
      testId="guidance-history"
      rows={history}
      rowKey={(v) => v.number}
      rowAttributes={(v) => ({ "data-testid": "guidance-version", ...(v.number === shown ? { "aria-current": "true" as const } : {}) })}
      columns={[
        {
          key: "version",
          header: t("versionColumn"),
          rowHeader: true,
          nowrap: true,
          cell: (v) =>
            v.number === shown ? (
              <span>
                {t("versionN", { number: v.number })} <span className="text-sm text-slate-700">({t("reading")})</span>
              </span>
            ) : (
              <Link href={v.number === latest ? basePath : `${basePath}?version=${v.number}`} aria-label={t("read", { number: v.number })}>
                {t("versionN", { number: v.number })}
              </Link>
            ),
        },
        {
          key: "date",
          header: t("savedOn"),
          nowrap: true,
          cell: (v) => <time dateTime={v.createdAt.toISOString()}>{format.dateTime(v.createdAt, { dateStyle: "medium" })}</time>,
        },
        { key: "summary", header: t("changeSummary"), cell: (v) => v.changeSummary || t("firstVersion") },
        { key: "author", header: t("author"), cell: (v) => v.authorName ?? t("secretariat") },
      ]}
    />
  );
}
