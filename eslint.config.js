import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
  {
    // Pages stay thin: the database is reached only through lib/ (docs/architecture.md, Layers).
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/prisma/client", "**/generated/prisma/client", "@prisma/*", "pg"],
              message: "Query the database through lib/<domain>/, not from app/ or components/.",
            },
            { group: ["@/lib/db/client"], message: "Query the database through lib/<domain>/, not from app/ or components/." },
          ],
          paths: [{ name: "next/link", message: "Import Link from @/components/ui/link: it does not prefetch every page in view." }],
        },
      ],
    },
  },
  { files: ["components/ui/link.tsx"], rules: { "no-restricted-imports": "off" } },
  {
    // Browser specs run under the CSP watch of tests/e2e/support/test.ts (issue 13, item 1).
    files: ["tests/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              message: "Import test and expect from tests/e2e/support/test.ts: it fails a test on any CSP violation.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
