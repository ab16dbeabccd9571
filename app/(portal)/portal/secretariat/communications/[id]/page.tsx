import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getCommunication } from "@/lib/communications/get-communication";
import { annexReleaseAction, dispatchAction, reviewAction } from "@/lib/communications/actions";
import { loadOr404 } from "@/lib/core/load-or-404";
import { LetterView } from "@/components/communications/letter-view";
import { ReplyList } from "@/components/communications/reply-list";
import { FollowUpHistory } from "@/components/follow-up/follow-up-history";
import { ActionButton } from "@/components/communications/action-button";
import { TranslationForm } from "@/components/communications/translation-form";
import { LANGUAGES_WITHOUT_TRANSLATION } from "@/lib/communications/rules";
import { languageName } from "@/lib/i18n/languages";

export default async function SecretariatCommunication({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("communication:review", `/portal/secretariat/communications/${id}`);
  const c = await loadOr404(() => getCommunication({ actor, communicationId: id }));
  if (!c) notFound();
  const t = await getTranslations("communications");
  const tu = await getTranslations("users");
  // A translation is made into one of the communications database's languages (R5).
  const locale = await getLocale();
  const translationLanguages = LANGUAGES_WITHOUT_TRANSLATION.map((code) => ({ value: code, label: languageName(code, locale) }));
  return (
    <div className="space-y-8">
      <LetterView c={c} />
      {c.status === "IN_REVIEW" && (
        <section aria-labelledby="review-h" className="grid gap-6 rounded border border-slate-300 p-4 md:grid-cols-2">
          <h2 id="review-h" className="md:col-span-2">
            {t("queue")}
          </h2>
          <ActionButton action={reviewAction} fields={{ communicationId: c.id, decision: "approve" }} label={t("approve")} />
          <ActionButton
            action={reviewAction}
            fields={{ communicationId: c.id, decision: "return" }}
            label={t("return")}
            tone="secondary"
            comment={{ label: t("reviewComment"), required: true }}
          />
        </section>
      )}
      {c.status === "APPROVED" && (
        <section aria-labelledby="dispatch-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="dispatch-h">{t("dispatch")}</h2>
          <p className="text-sm text-slate-700">{t("dispatchHelp")}</p>
          <ActionButton
            action={dispatchAction}
            fields={{ communicationId: c.id }}
            label={t("dispatch")}
            confirm={t("confirmDispatch")}
            confirmLabel={t("dispatch")}
            cancelLabel={tu("cancel")}
          />
        </section>
      )}
      {c.sentAt && (
        <>
          <p>
            <a href={`/api/communications/${c.id}/pdf`}>{t("pdf")}</a>
          </p>
          {c.addresseeKind === "STATE" && c.confidentialAnnex && (
            <section aria-labelledby="annex-release-h" className="space-y-2">
              <h2 id="annex-release-h" className="text-base">
                {t("annex")}
              </h2>
              {c.annexReleasedToState && <p>{t("annexReleased")}</p>}
              <ActionButton
                action={annexReleaseAction}
                fields={{ communicationId: c.id, released: c.annexReleasedToState ? "false" : "true" }}
                label={c.annexReleasedToState ? t("withdrawAnnex") : t("releaseAnnex")}
                tone="secondary"
              />
            </section>
          )}
          <ReplyList
            replies={c.replies}
            translationForm={(r) => (
              <TranslationForm replyId={r.id} languages={translationLanguages} replacing={r.translationStatus === "AVAILABLE"} />
            )}
          />
          <FollowUpHistory communicationId={c.id} />
        </>
      )}
    </div>
  );
}
