import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-3">
      <h1>{t("forbiddenHeading")}</h1>
      <p>{t("forbiddenBody")}</p>
      <Link href="/">{t("backHome")}</Link>
    </div>
  );
}
