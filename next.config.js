import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The test scripts build after `npm run typecheck` has checked the same files, on a fresh checkout
// with nothing to reuse: they skip the build's own type check and its filesystem cache (together
// about a minute of a CI run). Every other build keeps both.
const testBuild = process.env.SP_TEST_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() → 403 page; unauthorized() → 401 page.
  experimental: {
    authInterrupts: true,
    // The ceiling for every server action: the largest form's (5 annexes of 20 MB, lib/files/allowed-types.ts).
    // Each action's own limit (2 MB for forms without files) is applied before this one, from the
    // request's headers, by the production server (scripts/serve.ts, lib/files/request-body-limit.ts).
    serverActions: { bodySizeLimit: "105mb" },
    turbopackFileSystemCacheForBuild: !testBuild,
  },
  typescript: { ignoreBuildErrors: testBuild },
  // Server-only packages with WebAssembly or native parts (or, for date-holidays, every country's
  // calendar) stay out of the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@prisma/schema-engine-wasm",
    "pg",
    "pdfkit",
    "dejavu-fonts-ttf",
    "@expo-google-fonts/amiri",
    "@expo-google-fonts/noto-sans-sc",
    "nodemailer",
    "date-holidays",
  ],
  typedRoutes: false,
  // "Facts and figures" of a year as CSV and PDF beside its page (/facts-and-figures/2025): a segment
  // cannot be both a page and a file, so the two files are served by route handlers under /api.
  async rewrites() {
    return [
      { source: "/facts-and-figures/:year(\\d{4}).csv", destination: "/api/facts-and-figures/:year/csv" },
      { source: "/facts-and-figures/:year(\\d{4}).pdf", destination: "/api/facts-and-figures/:year/pdf" },
    ];
  },
};

export default withNextIntl(nextConfig);
