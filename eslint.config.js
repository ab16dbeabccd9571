import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
  {
    // A promise nobody awaits loses its error (and in a test, its assertion): type-aware rules refuse
    // one left floating or handed to a place that ignores it (an event handler, a callback).
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
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
  {
    // The layers point one way (docs/architecture.md, Layers): foundation (core, db, i18n) ← platform
    // (audit log, outbox, settings, public data's version) ← auth ← server (the action and route doors)
    // ← the domains ← components and app. A lower layer never imports a higher one.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib/core",
              from: "./lib",
              except: ["./core", "./generated"],
              message: "lib/core is the foundation: it imports no other part of lib/.",
            },
            { target: "./lib/db", from: "./lib", except: ["./db", "./core", "./generated"], message: "lib/db imports only lib/core." },
            {
              target: "./lib/platform",
              from: "./lib",
              except: ["./platform", "./core", "./db", "./i18n", "./generated"],
              message: "lib/platform (audit, outbox, settings, public data's version) imports only the foundation.",
            },
            {
              target: "./lib/auth",
              from: "./lib",
              except: ["./auth", "./platform", "./core", "./db", "./i18n", "./generated"],
              message: "lib/auth imports no domain folder: only the platform and the foundation.",
            },
            {
              target: "./lib/server",
              from: "./lib",
              except: ["./server", "./auth", "./platform", "./core", "./db", "./i18n", "./generated"],
              message: "lib/server (the doors) imports no domain folder.",
            },
            { target: "./lib", from: ["./app", "./components"], message: "lib/ never imports the UI." },
          ],
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
