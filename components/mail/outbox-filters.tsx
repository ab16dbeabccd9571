import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OUTBOX_FILTERS, type OutboxFilter } from "@/lib/mail/schemas";

/** Status tabs with their counts; the chosen one is in the URL, so a view can be shared or reloaded. */
export async function OutboxFilters({
  basePath,
  status,
  counts,
}: {
  basePath: string;
  status: OutboxFilter;
  counts: Record<OutboxFilter, number>;
}) {
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="flex flex-wrap gap-4 text-sm">
        {OUTBOX_FILTERS.map((f) => (
          <li key={f}>
            <Link
              href={f === "all" ? basePath : `${basePath}?status=${f}`}
              aria-current={f === status ? "page" : undefined}
              className={f === status ? "font-semibold" : undefined}
              data-testid={`outbox-filter-${f}`}
            >
              {t(`filters.${f}`)} ({format.number(counts[f])})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
