import { getTranslations } from "next-intl/server";
import { getInvitation } from "@/lib/users/get-invitation";
import { SetPasswordForm } from "@/components/auth/set-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("invitation"))("heading"), referrer: "no-referrer" as const };
}

/** Where an invited person sets their own password (an account an admin added, or the first admin: `npm run admin:create`). */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invitation] = await Promise.all([getTranslations("invitation"), getInvitation({ token })]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("heading")}</h1>
      <SetPasswordForm
        purpose="invitation"
        token={token}
        intro={invitation ? t("intro", { name: invitation.name, email: invitation.email }) : null}
      />
    </div>
  );
}
