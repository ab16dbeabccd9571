import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { getCommitteeStatement } from "@/lib/committee/get-statement";
import { publishStatementAction, signStatementAction } from "@/lib/committee/actions";
import { loadOr404 } from "@/lib/core/load-or-404";
import { renderMarkdown } from "@/lib/core/markdown";
import { ActionButton } from "@/components/communications/action-button";
import { StatementForm } from "@/components/committee/statement-form";

/** A statement in the portal: its signatures, the actor's next step (co-sign, publish) and, while a draft, the edit form. */
export default async function CommitteeStatement({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], `/portal/committee/statements/${id}`);
  const s = await loadOr404(() => getCommitteeStatement({ actor, statementId: id }));
  if (!s) notFound();
  const [t, format] = await Promise.all([getTranslations("committeeStatements"), getFormatter()]);
  return (
    <div className="space-y-8">
      <article className="space-y-4">
        <h1>{s.title}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t("status")}</dt>
          <dd data-testid="statement-status">{t(`statuses.${s.status}`)}</dd>
          <dt className="font-medium">{t("year")}</dt>
          <dd>{s.year}</dd>
          <dt className="font-medium">{t("draftedBy")}</dt>
          <dd>{s.draftedBy.name}</dd>
          {s.publishedAt && (
            <>
              <dt className="font-medium">{t("publishedAt")}</dt>
              <dd>{format.dateTime(s.publishedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
            </>
          )}
          <dt className="font-medium">{t("signatories")}</dt>
          <dd data-testid="signatories">
            {s.signatures.length === 0 ? t("noSignatures") : s.signatures.map((x) => x.mandateHolder.name).join(", ")}
          </dd>
        </dl>
        <div className="space-y-3" data-testid="statement-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body) }} />
        {s.status === "PUBLISHED" && (
          <p>
            <Link href={`/committee/statements/${s.id}`}>{t("publicPage")}</Link>
          </p>
        )}
      </article>
      {(s.canSign || s.canPublish) && (
        <section aria-labelledby="steps-h" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="steps-h">{s.canSign ? t("sign") : t("publish")}</h2>
          {s.status === "DRAFT" && s.signatures.length < s.minSignatures && (
            <p className="text-sm">{t("needsSignatures", { min: s.minSignatures })}</p>
          )}
          {s.canSign && (
            <ActionButton
              action={signStatementAction}
              fields={{ statementId: s.id }}
              label={t("sign")}
              confirm={t("confirmSign")}
              confirmLabel={t("sign")}
              cancelLabel={t("cancel")}
            />
          )}
          {s.canPublish && (
            <ActionButton
              action={publishStatementAction}
              fields={{ statementId: s.id }}
              label={t("publish")}
              confirm={t("confirmPublish")}
              confirmLabel={t("publish")}
              cancelLabel={t("cancel")}
              tone={s.canSign ? "secondary" : "primary"}
            />
          )}
        </section>
      )}
      {s.canEdit && (
        <section aria-labelledby="edit-h" className="space-y-4">
          <h2 id="edit-h">{t("edit")}</h2>
          <StatementForm initial={{ statementId: s.id, title: s.title, body: s.body }} />
        </section>
      )}
    </div>
  );
}
