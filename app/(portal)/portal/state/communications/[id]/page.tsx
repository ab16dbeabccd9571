import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { actsForState } from "@/lib/auth/policy";
import { getCommunication } from "@/lib/communications/get-communication";
import { markRead } from "@/lib/communications/mark-read";
import { loadOr404 } from "@/lib/core/load-or-404";
import { LetterView } from "@/components/communications/letter-view";
import { ReplyList } from "@/components/communications/reply-list";
import { ReplyForm } from "@/components/communications/reply-form";
import { replyPublishedAt } from "@/lib/communications/rules";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { languageOptions } from "@/lib/i18n/languages";

export default async function StateCommunication({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("communication:read-addressed", `/portal/state/communications/${id}`);
  const c = await loadOr404(() => getCommunication({ actor, communicationId: id }));
  if (!c) notFound();
  await markRead({ actor, communicationId: c.id });
  const [t, format, locale] = await Promise.all([getTranslations("communications"), getFormatter(), getLocale()]);
  const mayReply = c.addresseeStateId !== null && actsForState(actor, c.addresseeStateId);
  // R5: when a reply sent now becomes public, by the rule the letter was sent under.
  const publishedAt = c.replyDueAt ? replyPublishedAt({ ...c, replyDueAt: c.replyDueAt }, c.now) : null;
  const publication =
    !publishedAt || publishedAt <= c.now
      ? t("replyPublishedAtOnce")
      : t("replyPublishedWithLetter", {
          date: format.dateTime(publishedAt, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }),
        });
  return (
    <div className="space-y-8">
      <LetterView c={c} />
      <p>
        <a href={`/api/communications/${c.id}/pdf`}>{t("pdf")}</a>
      </p>
      <ReplyList replies={c.replies} />
      {mayReply && (
        <section aria-labelledby="reply-h" className="space-y-3">
          <h2 id="reply-h">{t("reply")}</h2>
          <ReplyForm communicationId={c.id} languages={languageOptions(locale)} publication={publication} />
        </section>
      )}
    </div>
  );
}
