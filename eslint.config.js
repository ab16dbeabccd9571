import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Class names that pin a side of the screen (left, right) where the layout should follow the reading
 * direction: Arabic is read right to left, and the page mirrors only if margins, paddings, insets,
 * borders, corners and alignment are logical (ms-/me-, ps-/pe-, start-/end-, border-s/e,
 * rounded-s/e/ss/se/es/ee, text-start/end, float-start/end). A class is matched in any string or
 * template literal, after a space, a variant's colon (`md:`, `hover:`) or `!`. Top and bottom are
 * not matched: the block direction is the same in every language the portal speaks. `space-x-*` and
 * `divide-x-*` are not matched: Tailwind 4 draws them with margin-inline and border-inline already.
 * A class that must stay physical is kept with
 * `// eslint-disable-next-line no-restricted-syntax -- why it is physical`.
 * The selectors are esquery regular expressions, which may not contain a slash.
 */
const PHYSICAL_CLASS = [
  String.raw`(scroll-)?[mp][lr]-(\d|px|auto|\[|\()`,
  String.raw`(left|right)-(\d|px|auto|full|\[|\()`,
  String.raw`border-[lr]\b`,
  String.raw`rounded-([lr]|tl|tr|bl|br)\b`,
  String.raw`(text|float|clear)-(left|right)\b`,
  String.raw`translate-x-`,
  String.raw`\[((margin|padding|border)-)?(left|right)[:-]`,
].join("|");
const PHYSICAL_CLASS_PATTERN = String.raw`(^|[\s:!])-?(${PHYSICAL_CLASS})`;
const PHYSICAL_CLASS_MESSAGE =
  "A class with a physical side (left/right) does not mirror for right-to-left languages: use the logical one " +
  "(ms-/me-, ps-/pe-, start-/end-, border-s/e, rounded-s/e, text-start/end, float-start/end; rtl: for translate-x), " +
  "or keep it with an eslint-disable-next-line comment that says why it is physical.";

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
    // Logical classes only, so the layout mirrors for Arabic (PHYSICAL_CLASS above). Tests are left
    // out: app/logical-direction.test.ts writes physical classes to prove that this rule refuses them.
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: `Literal[value=/${PHYSICAL_CLASS_PATTERN}/]`, message: PHYSICAL_CLASS_MESSAGE },
        { selector: `TemplateElement[value.raw=/${PHYSICAL_CLASS_PATTERN}/]`, message: PHYSICAL_CLASS_MESSAGE },
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
