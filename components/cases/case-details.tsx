import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { CaseDetail } from "@/lib/cases/get-case";

/**
 * A submission's content as the secretariat and the holders of its assigned mandates read it, with
 * what its source asked to keep confidential marked; the source itself only when given (secretariat).
 */
export async function CaseDetails({
  c,
  fileHref,
  letterHref,
}: {
  c: CaseDetail;
  fileHref: (id: string) => string;
  letterHref: (id: string) => string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("cases"), getFormatter(), getLocale()]);
  const secret = (part: string) =>
    c.confidentialParts.includes(part) ? (
      <span className="ms-2 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900">{t("confidentialBadge")}</span>
    ) : null;
  const row = (label: string, value: React.ReactNode, part?: string) => (
    <>
      <dt className="font-medium">
        {label}
        {part && secret(part)}
      </dt>
      <dd className="whitespace-pre-line">{value}</dd>
    </>
  );
  const when = c.occurredOn ? format.dateTime(c.occurredOn, { dateStyle: "medium", timeZone: "UTC" }) : t("notSaid");
  return (
    <div className="space-y-6">
      <dl className="grid max-w-4xl gap-2 text-sm sm:grid-cols-[14rem_1fr]">
        {row(t("statusLabel"), <span data-testid="case-status">{t(`statuses.${c.status}`)}</span>)}
        {c.closure && row(t("closureLabel"), t(`closures.${c.closure}`))}
        {c.closureNote && row(t("closeNote"), c.closureNote)}
        {c.mergedInto && row(t("mergedInto"), c.mergedInto.receiptNumber)}
        {c.merged.length > 0 && row(t("mergedHere"), c.merged.map((m) => m.receiptNumber).join(", "))}
        {row(t("receivedOn"), c.submittedAt ? format.dateTime(c.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : "—")}
        {row(t("urgent"), c.urgent ? t("yes") : t("no"))}
        {row(t("affected"), `${t(`affectedKinds.${c.affected}`)}${c.affectedCount ? ` (${c.affectedCount})` : ""}`)}
        {row(t("victims"), c.victims, "victims")}
        {row(t("consentToName"), c.consentToName ? t("yes") : t("no"))}
        {row(
          t("responsible"),
          c.responsible === "STATE"
            ? c.state
              ? localized(c.state, "name", locale)
              : "—"
            : `${c.otherActorName ?? "—"}${c.state ? ` (${localized(c.state, "name", locale)})` : ""}`,
        )}
        {row(t("whatHappened"), c.whatHappened)}
        {row(t("location"), c.location, "location")}
        {row(t("occurredOn"), `${when}${c.ongoing ? ` — ${t("ongoing")}` : ""}`)}
        {row(t("domesticRemedies"), c.domesticRemedies ?? "—", "domesticRemedies")}
        {row(t("topicsLabel"), c.topics.length ? c.topics.map((x) => t(`topics.${x}` as never)).join(", ") : "—")}
        {row(
          t("documents"),
          c.attachments.length ? (
            <ul>
              {c.attachments.map((a) => (
                <li key={a.id}>
                  <a href={fileHref(a.id)}>{a.fileName}</a>
                </li>
              ))}
            </ul>
          ) : (
            "—"
          ),
          "documents",
        )}
      </dl>
      {c.source && (
        <section
          aria-labelledby="source-h"
          className="max-w-4xl space-y-2 rounded border border-amber-300 bg-amber-50 p-4"
          data-testid="case-source"
        >
          <h2 id="source-h">{t("sourceHeading")}</h2>
          <p className="text-sm">{t("sourceConfidentialNote")}</p>
          <dl className="grid gap-2 text-sm sm:grid-cols-[14rem_1fr]">
            {row(t("sourceName"), c.source.sourceName ?? c.source.submittedBy?.name ?? t("notSaid"))}
            {row(t("sourceOrganisation"), c.source.sourceOrganisation ?? c.source.submittedBy?.organisation ?? "—")}
            {row(t("sourceEmail"), c.source.sourceEmail ?? c.source.submittedBy?.email ?? "—")}
            {row(t("sourcePhone"), c.source.sourcePhone ?? "—")}
            {row(t("sourceRelation"), c.source.sourceRelation ? t(`relations.${c.source.sourceRelation}` as never) : t("notSaid"))}
          </dl>
        </section>
      )}
      {(c.questions.length > 0 || c.updates.length > 0) && (
        <section aria-labelledby="exchanges-h" className="max-w-4xl space-y-2">
          <h2 id="exchanges-h">{t("exchangesHeading")}</h2>
          <ol className="space-y-3 text-sm">
            {[
              ...c.questions.map((q) => ({
                at: q.askedAt,
                key: `q${q.id}`,
                who: t("questionFromSecretariat"),
                text: q.question,
                files: [] as { id: string; fileName: string }[],
              })),
              ...c.updates.map((u) => ({
                at: u.createdAt,
                key: `u${u.id}`,
                who: u.questionId ? t("answerFromSource") : t("updateFromSource"),
                text: u.text,
                files: u.attachments,
              })),
            ]
              .sort((a, b) => a.at.getTime() - b.at.getTime())
              .map((x) => (
                <li key={x.key} className="rounded border border-slate-200 p-3" data-testid="case-exchange">
                  <p className="font-medium">
                    {x.who} — {format.dateTime(x.at, { dateStyle: "medium", timeStyle: "short" })}
                  </p>
                  <p className="whitespace-pre-line">{x.text}</p>
                  {x.files.length > 0 && (
                    <ul>
                      {x.files.map((f) => (
                        <li key={f.id}>
                          <a href={fileHref(f.id)}>{f.fileName}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
          </ol>
        </section>
      )}
      {c.communications.length > 0 && (
        <section aria-labelledby="letters-h" className="max-w-4xl space-y-2">
          <h2 id="letters-h">{t("lettersHeading")}</h2>
          <ul className="list-disc ps-6 text-sm" data-testid="case-letters">
            {c.communications.map((l) => (
              <li key={l.communication.id}>
                <a href={letterHref(l.communication.id)} className="underline">
                  {l.communication.reference ?? t("draftLetter")}
                </a>{" "}
                — {l.communication.subject}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="notes-h" className="max-w-4xl space-y-2">
        <h2 id="notes-h">{t("notesHeading")}</h2>
        {c.notes.length === 0 ? (
          <p className="text-sm">{t("noNotes")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {c.notes.map((n) => (
              <li key={n.id} className="rounded border border-slate-200 p-3" data-testid="case-note">
                <p className="font-medium">
                  {n.author.name} — {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <p className="whitespace-pre-line">{n.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
