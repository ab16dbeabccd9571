import { getTranslations } from "next-intl/server";
import { getEmailConfirmation } from "@/lib/organisations/get-email-confirmation";
import { ClientMessages } from "@/components/layout/client-messages";
import { ConfirmEmailForm } from "@/components/organisations/confirm-email-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("confirmHeading"), referrer: "no-referrer" as const };
}

/** Issue 17, item 3: the contact of a registered organisation confirms its e-mail address (one button). */
export default async function ConfirmOrganisationEmail({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("organisations"), getEmailConfirmation({ token })]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("confirmHeading")}</h1>
      <ClientMessages namespaces={["organisations", "files"]}>
        <ConfirmEmailForm token={token} intro={link ? t("confirmIntro", { email: link.email, organisation: link.organisation }) : null} />
      </ClientMessages>
    </div>
  );
}
