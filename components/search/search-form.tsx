import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import {
  ACTOR_NAME_MAX,
  COMMUNICATION_TYPES,
  Q_MAX,
  JOINT_FILTERS,
  REPLY_FILTERS,
  SORTS,
  type SearchParamName,
  type SearchParams,
} from "@/lib/search/schemas";
import { FieldFrame, useFieldAria } from "@/components/ui/field-frame";
import { SelectField } from "@/components/ui/select-field";
import { optionsHtml, withSelected, type OptionGroup } from "@/components/ui/option-list";
import { escapeHtml } from "@/lib/search/highlight";
import type { SearchFacets } from "@/lib/search/find-search-facets";
import { TextField } from "@/components/ui/text-field";

/**
 * A long list of choices as one HTML string (components/ui/option-list.ts); `placeholder` first.
 * R6: the addressees come as two groups, other actors first, then States A–Z.
 */
function LongSelectField({
  label,
  name,
  owner,
  groups,
  value,
  placeholder,
  error,
}: {
  label: string;
  name: string;
  owner: object;
  groups: OptionGroup[];
  value?: string;
  placeholder: string;
  error?: string;
}) {
  const { id, message, control } = useFieldAria({ error });
  const html = `<option value="">${escapeHtml(placeholder)}</option>${optionsHtml(owner, groups)}`;
  return (
    <FieldFrame id={id} label={label} message={message}>
      <select
        name={name}
        defaultValue={value ?? ""}
        {...control}
        className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
        dangerouslySetInnerHTML={{ __html: withSelected(html, value) }}
      />
    </FieldFrame>
  );
}

/**
 * A GET form: the URL carries every filter, so a search can be bookmarked and shared. `errors`:
 * refused parameters, shown beside their fields; `kept`: what was typed in a refused text field.
 */
export async function SearchForm({
  params,
  facets,
  sort,
  errors = {},
  kept = {},
}: {
  params: SearchParams;
  facets: SearchFacets;
  sort: (typeof SORTS)[number];
  errors?: Partial<Record<SearchParamName, string>>;
  kept?: { q?: string; actorName?: string };
}) {
  const [t, tc] = await Promise.all([getTranslations("search"), getTranslations("communications")]);
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((v) => ({ value: v, label: label(v) }));
  return (
    <form
      method="get"
      action="/communications"
      role="search"
      aria-label={t("formLabel")}
      className="space-y-4 rounded border border-slate-300 p-4"
    >
      <TextField
        label={t("q")}
        name="q"
        type="search"
        defaultValue={kept.q ?? params.q ?? ""}
        help={t("qHelp")}
        maxLength={Q_MAX}
        error={errors.q}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <LongSelectField
          label={t("addressee")}
          name="addressee"
          owner={facets.addressees}
          value={params.addressee}
          placeholder={t("anyAddressee")}
          error={errors.addressee}
          groups={[
            { label: t("otherActors"), options: facets.addressees.filter((a) => a.kind === "OTHER_ACTOR") },
            { label: t("states"), options: facets.addressees.filter((a) => a.kind === "STATE") },
          ]}
        />
        <TextField
          label={t("actorName")}
          name="actorName"
          defaultValue={kept.actorName ?? params.actorName ?? ""}
          help={t("actorNameHelp")}
          maxLength={ACTOR_NAME_MAX}
          error={errors.actorName}
        />
        <LongSelectField
          label={t("mandate")}
          name="mandate"
          owner={facets.mandates}
          groups={[{ options: facets.mandates }]}
          placeholder={t("anyMandate")}
          value={params.mandate}
          error={errors.mandate}
        />
        <SelectField
          label={t("theme")}
          name="theme"
          options={facets.themes}
          placeholder={t("anyTheme")}
          defaultValue={params.theme ?? ""}
          error={errors.theme}
        />
        <SelectField
          label={t("year")}
          name="year"
          options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
          placeholder={t("anyYear")}
          defaultValue={params.year ? String(params.year) : ""}
          error={errors.year}
        />
        <div className="grid grid-cols-2 gap-2">
          <TextField label={t("from")} name="from" type="date" defaultValue={params.from ?? ""} error={errors.from} />
          <TextField label={t("to")} name="to" type="date" defaultValue={params.to ?? ""} error={errors.to} />
        </div>
        <SelectField
          label={t("reply")}
          name="reply"
          options={options(REPLY_FILTERS, (v) => t(`replies.${v}`))}
          placeholder={t("anyReply")}
          defaultValue={params.reply ?? ""}
          error={errors.reply}
        />
        <SelectField
          label={t("joint")}
          name="joint"
          options={options(JOINT_FILTERS, (v) => t(`joints.${v}`))}
          placeholder={t("anyJoint")}
          defaultValue={params.joint ?? ""}
          error={errors.joint}
        />
        <SelectField
          label={t("sort")}
          name="sort"
          options={options(SORTS, (v) => t(`sorts.${v}`))}
          defaultValue={sort}
          error={errors.sort}
        />
      </div>
      <fieldset className="flex flex-wrap gap-4" aria-describedby={errors.type ? "search-type-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("type")}</legend>
        {COMMUNICATION_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="type" value={type} defaultChecked={params.type.includes(type)} className="size-4" />
            {tc(`types.${type}`)}
          </label>
        ))}
        {errors.type && (
          <p id="search-type-error" className="w-full text-sm text-red-700">
            {errors.type}
          </p>
        )}
      </fieldset>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          {t("submit")}
        </button>
        <Link href="/communications">{t("clear")}</Link>
      </div>
    </form>
  );
}
