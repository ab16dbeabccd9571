import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { getFormatter, getTranslations } from "next-intl/server";
import { ENROLMENT_PATH, getSessionActor } from "@/lib/auth/session";
import { factorStatus, pendingTotpKey } from "@/lib/auth/second-factor/factors";
import { groupedKey, totpUri } from "@/lib/auth/second-factor/totp";
import { TotpSection } from "@/components/second-factor/totp-section";
import { PasskeySection } from "@/components/second-factor/passkey-section";

export async function generateMetadata() {
  return { title: (await getTranslations("secondFactor"))("heading") };
}

/**
 * The user's second factors: an authenticator app (TOTP) with its recovery codes, and passkeys.
 * Offered to everyone (linked from "My account"); the only page a user reaches while their role
 * requires a second factor they have not set up (lib/auth/session.ts).
 */
export default async function SecondFactorPage() {
  const actor = await getSessionActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(ENROLMENT_PATH)}`);
  const [t, format, status] = await Promise.all([getTranslations("secondFactor"), getFormatter(), factorStatus(actor.userId)]);
  const key = status.totp ? null : await pendingTotpKey({ actor });
  const qrDataUrl = key ? await QRCode.toDataURL(totpUri(key, actor.email), { margin: 1, width: 200 }) : null;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: actor.timeZone });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1>{t("heading")}</h1>
      {actor.secondFactorPending ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("requiredIntro")}
        </p>
      ) : (
        <p className="text-slate-700">{t("intro")}</p>
      )}
      <TotpSection
        enrolled={status.totp}
        enabledSince={status.totpEnabledAt ? date(status.totpEnabledAt) : null}
        qrDataUrl={qrDataUrl}
        totpKey={key ? groupedKey(key) : null}
        recoveryLeft={status.recoveryCodesLeft}
      />
      <PasskeySection passkeys={status.passkeys.map((p) => ({ id: p.id, name: p.name, added: date(p.createdAt) }))} />
      {!actor.secondFactorPending && (
        <p>
          <Link href="/portal">{t("continue")}</Link>
        </p>
      )}
    </div>
  );
}
