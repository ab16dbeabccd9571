import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth/session";
import { homePathOf } from "@/components/layout/workspace-links";
import { maySubmitCase } from "@/lib/auth/cases-policy";
import { countUnread } from "@/lib/notifications/find-notifications";
import { now } from "@/lib/core/clock";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [session, t, tp, tc, tn, tcc] = await Promise.all([
    getSessionActor(),
    getTranslations("nav"),
    getTranslations("pressReleases"),
    getTranslations("cases"),
    getTranslations("notifications"),
    getTranslations("committee"),
  ]);
  // Signed in but still without the second factor the role requires: only the way out.
  const pending = session?.secondFactorPending === true;
  const actor = pending ? null : session;
  const unread = actor ? await countUnread(actor, now()) : 0;
  return (
    <header className="bg-un-blue text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:underline">
          SP Portal
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex flex-wrap items-center gap-4 text-sm">
            <li>
              <Link className="text-white" href="/">
                {t("home")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/communications">
                {t("communications")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/visits">
                {t("visits")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/calls-for-input">
                {t("callsForInput")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/stories">
                {t("stories")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/themes">
                {t("themes")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/press-releases">
                {tp("publicHeading")}
              </Link>
            </li>
            {/* A visitor, and signed-in people whose role submits cases; not a State or the secretariat. */}
            {maySubmitCase(actor) ? (
              <li>
                <Link className="text-white" href="/submit">
                  {tc("submitNav")}
                </Link>
              </li>
            ) : null}
            <li>
              <Link className="text-white" href="/mandates">
                {t("mandates")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/states">
                {t("states")}
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/committee">
                {tcc("nav")}
              </Link>
            </li>
            {actor ? (
              <>
                <li>
                  <Link className="text-white" href={homePathOf(actor)}>
                    {t("myWorkspace")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white" href="/portal/notifications" data-testid="header-notifications">
                    {unread > 0 ? tn("navUnread", { count: unread }) : tn("nav")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white" href="/portal/account">
                    {t("myAccount")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white" href="/signout">
                    {t("signOut")}
                  </Link>
                </li>
              </>
            ) : pending ? (
              <li>
                <Link className="text-white" href="/signout">
                  {t("signOut")}
                </Link>
              </li>
            ) : (
              <li>
                <Link className="text-white" href="/signin">
                  {t("signIn")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
