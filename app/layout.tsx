import "./fonts.css";
import "./fonts-arabic-chinese.css";
import "./globals.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { StatusRegion } from "@/components/ui/status-region";
import { directionOf } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s — SP Portal` },
    description: t("description"),
    // Files in public/: the favicon (the browser asks for /favicon.ico on every page), the icon for
    // bookmarks and home screens, and the web manifest.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/site.webmanifest",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    // Arabic is written right to left: the whole page mirrors (the CSS uses logical properties).
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* Locale, time zone and formats for client components; their messages come from ClientMessages. */}
        <NextIntlClientProvider messages={{}}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            <StatusRegion />
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
