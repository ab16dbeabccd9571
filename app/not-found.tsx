import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-3">
      <h1>{t("notFoundHeading")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/">{t("backHome")}</Link>
    </div>
  );
}
