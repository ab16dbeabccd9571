import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { workspaceLinks } from "@/components/layout/workspace-links";
import { ClientMessages } from "@/components/layout/client-messages";

// A convenience for navigation only: every page below checks its own permission on the server.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  // Each page redirects an anonymous visitor to sign in (with its own address to come back to).
  if (!actor) return <ClientMessages>{children}</ClientMessages>;
  const [t, tr] = await Promise.all([getTranslations(), getTranslations("roles")]);
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <aside className="space-y-2">
        <p className="text-sm text-slate-700">
          {t("nav.signedInAs", { name: actor.name })}
          <br />
          <span className="font-medium" data-testid="actor-role">
            {tr(actor.role)}
          </span>
        </p>
        <nav aria-label={t("nav.workspaceNavigation")}>
          <ul className="space-y-1">
            {workspaceLinks(actor).map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{t(l.label as never)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div>
        <ClientMessages>{children}</ClientMessages>
      </div>
    </div>
  );
}
