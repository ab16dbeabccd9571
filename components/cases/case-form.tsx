"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveCaseAction } from "@/lib/cases/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { useProofOfWork } from "./use-proof-of-work";

type Option = { value: string; label: string };
export type CaseFormValues = {
  title: string;
  affected: string;
  affectedCount: string;
  victims: string;
  consentToName: boolean;
  responsible: string;
  stateId: string;
  otherActorName: string;
  whatHappened: string;
  location: string;
  occurredOn: string;
  ongoing: boolean;
  domesticRemedies: string;
  topics: string[];
  confidentialParts: string[];
  urgent: boolean;
  sourceName: string;
  sourceOrganisation: string;
  sourceEmail: string;
  sourcePhone: string;
  sourceRelation: string;
};

export const EMPTY_CASE: CaseFormValues = {
  title: "",
  affected: "ONE_PERSON",
  affectedCount: "",
  victims: "",
  consentToName: false,
  responsible: "STATE",
  stateId: "",
  otherActorName: "",
  whatHappened: "",
  location: "",
  occurredOn: "",
  ongoing: false,
  domesticRemedies: "",
  topics: [],
  confidentialParts: ["victims"],
  urgent: false,
  sourceName: "",
  sourceOrganisation: "",
  sourceEmail: "",
  sourcePhone: "",
  sourceRelation: "",
};

/** What the user typed in the last attempt, else the initial values. */
function typed(initial: CaseFormValues, values?: Record<string, string | string[]>): CaseFormValues {
  if (!values) return initial;
  const out = { ...initial };
  for (const k of Object.keys(initial) as (keyof CaseFormValues)[]) {
    const v = values[k];
    if (Array.isArray(initial[k])) (out[k] as string[]) = v === undefined ? [] : Array.isArray(v) ? v : [v];
    else if (typeof initial[k] === "boolean") (out[k] as boolean) = v === "on";
    else (out[k] as string) = typeof v === "string" ? v : "";
  }
  return out;
}

function Choices({
  legend,
  name,
  options,
  checked,
  error,
  help,
  columns = true,
}: {
  legend: string;
  name: string;
  options: Option[];
  checked: string[];
  error?: string[] | undefined;
  help?: string;
  columns?: boolean;
}) {
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[help ? `${name}-help` : "", error ? `${name}-error` : ""].join(" ").trim() || undefined}
    >
      <legend className="text-sm font-medium">{legend}</legend>
      {help && (
        <p id={`${name}-help`} className="text-sm text-slate-600">
          {help}
        </p>
      )}
      <div className={columns ? "grid gap-1 sm:grid-cols-2 lg:grid-cols-3" : "space-y-1"}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="mt-1 size-4" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error?.[0] && (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error[0]}
        </p>
      )}
    </fieldset>
  );
}

function Radios({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: Option[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            className="mt-1 size-4"
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Check({ name, label, defaultChecked, help }: { name: string; label: string; defaultChecked: boolean; help?: string }) {
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 size-4"
          aria-describedby={help ? `${name}-help` : undefined}
        />
        <span className="font-medium">{label}</span>
      </label>
      {help && (
        <p id={`${name}-help`} className="ps-6 text-sm text-slate-600">
          {help}
        </p>
      )}
    </div>
  );
}

/**
 * Issue 17: the case submission form — who is affected, who is responsible, what happened, where and
 * when, what was done locally, consent and confidentiality, the source, documents. Saved as a draft
 * (the private link is then the way back) or sent. A new submission carries the proof of work the
 * browser computes meanwhile, and a honeypot field people never see.
 */
export function CaseForm({
  initial = EMPTY_CASE,
  token,
  challenge,
  states,
  topics,
  existingFiles = [],
  maxFiles,
}: {
  initial?: CaseFormValues;
  token?: string;
  challenge?: string;
  states: Option[];
  topics: Option[];
  existingFiles?: string[];
  maxFiles: number;
}) {
  const t = useTranslations("cases");
  const router = useRouter();
  const { state, pending, formRef, onSubmit } = useActionForm(saveCaseAction);
  const nonce = useProofOfWork(token ? null : (challenge ?? null));
  const intent = useRef<HTMLInputElement>(null);
  const v = typed(initial, state.ok ? undefined : state.values);
  const e = state.fieldErrors ?? {};
  const [affected, setAffected] = useState(v.affected);
  const [responsible, setResponsible] = useState(v.responsible);
  const newToken = state.ok && !token ? state.data?.token : undefined;
  useEffect(() => {
    // The first save made the private link: go there (the draft, or the status once sent).
    if (newToken) router.push(`/submit/case/${newToken}`);
  }, [newToken, router]);
  const ready = !!token || nonce !== null;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-6" noValidate encType="multipart/form-data">
      {!state.ok && <FormMessage tone="error" message={state.message} />}
      {state.ok && <FormMessage tone="success" message={state.message} />}
      {token && <input type="hidden" name="token" value={token} />}
      {!token && challenge && <input type="hidden" name="powChallenge" value={challenge} />}
      {!token && nonce && <input type="hidden" name="powNonce" value={nonce} />}
      <input ref={intent} type="hidden" name="intent" defaultValue="draft" />

      <TextField label={t("title")} name="title" help={t("titleHelp")} defaultValue={v.title} error={e.title} required maxLength={200} />

      <fieldset className="space-y-3 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("affectedHeading")}</legend>
        <Radios
          legend={t("affected")}
          name="affected"
          value={affected}
          onChange={setAffected}
          options={(["ONE_PERSON", "SEVERAL_PEOPLE", "GROUP"] as const).map((a) => ({ value: a, label: t(`affectedKinds.${a}`) }))}
        />
        {affected !== "ONE_PERSON" && (
          <TextField
            label={t("affectedCount")}
            name="affectedCount"
            type="number"
            min={1}
            inputMode="numeric"
            defaultValue={v.affectedCount}
            error={e.affectedCount}
          />
        )}
        <TextArea
          label={affected === "GROUP" ? t("victimsGroup") : t("victims")}
          name="victims"
          help={t("victimsHelp")}
          defaultValue={v.victims}
          error={e.victims}
          rows={4}
          required
        />
        <Check name="consentToName" label={t("consentToName")} help={t("consentToNameHelp")} defaultChecked={v.consentToName} />
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("responsibleHeading")}</legend>
        <Radios
          legend={t("responsible")}
          name="responsible"
          value={responsible}
          onChange={setResponsible}
          options={(["STATE", "OTHER_ACTOR"] as const).map((r) => ({ value: r, label: t(`responsibleKinds.${r}`) }))}
        />
        {responsible === "OTHER_ACTOR" && (
          <TextField
            label={t("otherActorName")}
            name="otherActorName"
            help={t("otherActorHelp")}
            defaultValue={v.otherActorName}
            error={e.otherActorName}
            required
          />
        )}
        <SelectField
          label={responsible === "STATE" ? t("state") : t("stateWhere")}
          name="stateId"
          defaultValue={v.stateId}
          options={states}
          placeholder={t("chooseState")}
          error={e.stateId}
          required={responsible === "STATE"}
        />
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("factsHeading")}</legend>
        <TextArea
          label={t("whatHappened")}
          name="whatHappened"
          help={t("whatHappenedHelp")}
          defaultValue={v.whatHappened}
          error={e.whatHappened}
          rows={8}
          required
        />
        <TextField label={t("location")} name="location" help={t("locationHelp")} defaultValue={v.location} error={e.location} required />
        <TextField
          label={t("occurredOn")}
          name="occurredOn"
          type="date"
          help={t("occurredOnHelp")}
          defaultValue={v.occurredOn}
          error={e.occurredOn}
        />
        <Check name="ongoing" label={t("ongoing")} defaultChecked={v.ongoing} />
        <TextArea
          label={t("domesticRemedies")}
          name="domesticRemedies"
          help={t("domesticRemediesHelp")}
          defaultValue={v.domesticRemedies}
          error={e.domesticRemedies}
          rows={4}
        />
        <Choices legend={t("topicsLabel")} name="topics" options={topics} checked={v.topics} error={e.topics} help={t("topicsHelp")} />
        <Check name="urgent" label={t("urgent")} help={t("urgentHelp")} defaultChecked={v.urgent} />
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("confidentialityHeading")}</legend>
        <p className="text-sm text-slate-700">{t("sourceAlwaysConfidential")}</p>
        <Choices
          legend={t("confidentialParts")}
          name="confidentialParts"
          columns={false}
          options={(["victims", "location", "domesticRemedies", "documents"] as const).map((p) => ({ value: p, label: t(`parts.${p}`) }))}
          checked={v.confidentialParts}
          error={e.confidentialParts}
        />
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("sourceHeading")}</legend>
        <p className="text-sm text-slate-700">{t("sourceHelp")}</p>
        <TextField label={t("sourceName")} name="sourceName" autoComplete="name" defaultValue={v.sourceName} error={e.sourceName} />
        <TextField
          label={t("sourceOrganisation")}
          name="sourceOrganisation"
          autoComplete="organization"
          defaultValue={v.sourceOrganisation}
          error={e.sourceOrganisation}
        />
        <TextField
          label={t("sourceEmail")}
          name="sourceEmail"
          type="email"
          autoComplete="email"
          help={t("sourceEmailHelp")}
          defaultValue={v.sourceEmail}
          error={e.sourceEmail}
        />
        <TextField
          label={t("sourcePhone")}
          name="sourcePhone"
          type="tel"
          autoComplete="tel"
          defaultValue={v.sourcePhone}
          error={e.sourcePhone}
        />
        <SelectField
          label={t("sourceRelation")}
          name="sourceRelation"
          defaultValue={v.sourceRelation}
          placeholder={t("notSaid")}
          options={(["victim", "relative", "representative", "organisation", "witness", "other"] as const).map((r) => ({
            value: r,
            label: t(`relations.${r}`),
          }))}
          error={e.sourceRelation}
        />
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="case-documents" className="block text-sm font-medium">
          {t("documents")}
        </label>
        <input id="case-documents" name="documents" type="file" multiple aria-describedby="case-documents-help" className="block text-sm" />
        <p id="case-documents-help" className="text-sm text-slate-600">
          {t("documentsHelp", { max: maxFiles })}
        </p>
        {existingFiles.length > 0 && (
          <p className="text-sm" data-testid="draft-files">
            {t("documentsSaved", { names: existingFiles.join(", ") })}
          </p>
        )}
        {(e.documents ?? e.file)?.[0] && <p className="text-sm text-red-700">{(e.documents ?? e.file)![0]}</p>}
      </div>

      <HoneypotField label={t("honeypot")} />

      {!ready && (
        <p role="status" className="text-sm text-slate-700">
          {t("preparing")}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className="btn-secondary"
          disabled={pending || !ready}
          onClick={() => {
            if (intent.current) intent.current.value = "draft";
          }}
        >
          {t("saveDraft")}
        </button>
        <button
          type="submit"
          className="btn-primary"
          disabled={pending || !ready}
          onClick={() => {
            if (intent.current) intent.current.value = "submit";
          }}
        >
          {t("send")}
        </button>
      </div>
    </form>
  );
}
