import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { countryChoices } from "@/lib/organisations/country-choices";
import { ClientMessages } from "@/components/layout/client-messages";
import { RegisterOrganisationForm } from "@/components/organisations/register-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("registerHeading") };
}

/** Issue 17, item 3: an NGO registers its account; the secretariat approves it once its e-mail is confirmed. */
export default async function RegisterOrganisation() {
  const [actor, t, locale] = await Promise.all([getActor(), getTranslations("organisations"), getLocale()]);
  return (
    <div className="space-y-4">
      <h1>{t("registerHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("registerIntro")}</p>
      {actor ? (
        <p role="status">
          {t("signedInAlready", { name: actor.name })}{" "}
          <Link href="/signout" className="underline">
            {t("signOut")}
          </Link>
        </p>
      ) : (
        <>
          <p>
            {t("haveAccount")}{" "}
            <Link href="/signin" className="underline">
              {t("signIn")}
            </Link>
          </p>
          <ClientMessages namespaces={["organisations", "files"]}>
            <RegisterOrganisationForm countries={await countryChoices({ locale })} />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
