import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { organisationStage } from "@/lib/organisations/rules";
import type { OrganisationStatus } from "@/lib/generated/prisma/enums";

type Org = {
  name: string;
  website: string;
  contactName: string;
  contactEmail: string;
  status: OrganisationStatus;
  emailConfirmedAt: Date | null;
  decidedAt: Date | null;
  refusalReason: string | null;
  createdAt: Date;
  country: { nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string };
};

/** An organisation's registration: where it stands and what it said about itself (issue 17, item 3). */
export async function OrganisationDetails({ org, decidedBy }: { org: Org; decidedBy?: string | null }) {
  const [t, format, locale] = await Promise.all([getTranslations("organisations"), getFormatter(), getLocale()]);
  const stage = organisationStage(org);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <dl className="grid max-w-3xl gap-2 text-sm sm:grid-cols-[14rem_1fr]">
      <dt className="font-medium">{t("statusLabel")}</dt>
      <dd data-testid="organisation-status">{t(`stages.${stage}`)}</dd>
      {stage === "refused" && org.refusalReason && (
        <>
          <dt className="font-medium">{t("refusalReason")}</dt>
          <dd className="whitespace-pre-line" data-testid="refusal-reason">
            {org.refusalReason}
          </dd>
        </>
      )}
      <dt className="font-medium">{t("country")}</dt>
      <dd>{localized(org.country, "name", locale)}</dd>
      <dt className="font-medium">{t("website")}</dt>
      <dd>
        <a href={org.website} rel="nofollow noopener noreferrer" className="break-all">
          {org.website}
        </a>
      </dd>
      <dt className="font-medium">{t("contact")}</dt>
      <dd>
        {org.contactName} · {org.contactEmail}
      </dd>
      <dt className="font-medium">{t("registeredOn")}</dt>
      <dd>{date(org.createdAt)}</dd>
      <dt className="font-medium">{t("emailConfirmedOn")}</dt>
      <dd>{org.emailConfirmedAt ? date(org.emailConfirmedAt) : t("notYet")}</dd>
      {org.decidedAt && (
        <>
          <dt className="font-medium">{t("decidedOn")}</dt>
          <dd>
            {date(org.decidedAt)}
            {decidedBy ? ` · ${decidedBy}` : ""}
          </dd>
        </>
      )}
    </dl>
  );
}
