import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { getGuestConfirmation } from "@/lib/questionnaires/get-guest-answer";
import { ClientMessages } from "@/components/layout/client-messages";
import { ConfirmGuestAnswerForm } from "@/components/questionnaires/confirm-guest-answer-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("guestAnswers"))("confirmHeading"), referrer: "no-referrer" as const };
}

/** Issue 17, item 3: a guest confirms its e-mail address, and its answer to the call counts from then on. */
export default async function ConfirmGuestAnswer({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("guestAnswers"), getGuestConfirmation({ token, now: now() })]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("confirmHeading")}</h1>
      <ClientMessages namespaces={["guestAnswers", "files"]}>
        <ConfirmGuestAnswerForm token={token} intro={link ? t("confirmIntro", { name: link.name, title: link.title }) : null} />
      </ClientMessages>
    </div>
  );
}
