import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getGuestAnswerForm } from "@/lib/questionnaires/get-guest-answer";
import { ClientMessages } from "@/components/layout/client-messages";
import { CallMeta } from "@/components/questionnaires/call-meta";
import { GuestAnswerForm } from "@/components/questionnaires/guest-answer-form";

export const dynamic = "force-dynamic";

/**
 * Issue 17, item 3: a person without an account answers a call that accepts it; the answer counts once
 * the e-mail address is confirmed. A call that does not accept guests (or no longer takes answers) is not found.
 */
export default async function GuestAnswer({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const call = await loadOr404(() => getGuestAnswerForm({ questionnaireId: id, now: now() }));
  if (!call) notFound();
  const t = await getTranslations("guestAnswers");
  return (
    <article className="space-y-6">
      <p>
        <Link href={`/calls-for-input/${call.id}`}>{t("backToCall")}</Link>
      </p>
      <h1>{t("heading", { title: call.title })}</h1>
      <CallMeta call={call} />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["guestAnswers", "questionnaires", "files"]}>
        <GuestAnswerForm questionnaireId={call.id} questions={call.questions} />
      </ClientMessages>
    </article>
  );
}
