import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

const PAGES = [
  { href: "/committee/induction", key: "inductionNav" },
  { href: "/committee/vacancies", key: "vacanciesNav" },
  { href: "/committee/former-mandate-holders", key: "formerNav" },
  { href: "/committee/external-resources", key: "resourcesNav" },
] as const;

/** Links between the Coordination Committee's public pages; the current one is marked. */
export async function CommitteeNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  const t = await getTranslations("committeePeople");
  return (
    <nav aria-label={t("pagesLabel")} className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {PAGES.map((p) => (
          <li key={p.href}>
            {p.href === current ? (
              <span aria-current="page" className="font-medium">
                {t(p.key)}
              </span>
            ) : (
              <Link href={p.href}>{t(p.key)}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
