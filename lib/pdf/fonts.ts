// The letter's fonts, all from npm and embedded (pdfkit writes only the glyphs a letter uses):
// DejaVu Sans for Latin, Cyrillic, Greek and the punctuation letters use; Amiri for Arabic (a
// naskh, the style of UN Arabic documents; fontkit joins its letters through the font's
// init/medi/fina forms); Noto Sans SC for Chinese. Amiri rather than Noto Naskh Arabic: Noto draws
// a letter as a dotless base shared by several letters plus separate dots, so the PDF's
// glyph-to-text map could not give the words back (copying and search got "ت" for "ي"); Amiri
// has a glyph per letter form. Which font draws which character is decided by
// script (script-runs.ts), so a Chinese or Arabic name in an English letter is drawn too.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type FontFamily = "latin" | "arabic" | "cjk";

const FAMILIES = {
  latin: {
    pkg: "dejavu-fonts-ttf",
    files: {
      regular: "ttf/DejaVuSans.ttf",
      bold: "ttf/DejaVuSans-Bold.ttf",
      italic: "ttf/DejaVuSans-Oblique.ttf",
      boldItalic: "ttf/DejaVuSans-BoldOblique.ttf",
      mono: "ttf/DejaVuSansMono.ttf",
    },
  },
  arabic: {
    pkg: "@expo-google-fonts/amiri",
    files: { regular: "400Regular/Amiri_400Regular.ttf", bold: "700Bold/Amiri_700Bold.ttf" },
  },
  cjk: {
    pkg: "@expo-google-fonts/noto-sans-sc",
    files: { regular: "400Regular/NotoSansSC_400Regular.ttf", bold: "700Bold/NotoSansSC_700Bold.ttf" },
  },
} as const;

export type FontRole = keyof (typeof FAMILIES)["latin"]["files"];

/**
 * The name a font is registered under in the document: the Latin roles keep their plain names
 * ("regular", "bold", …); Arabic and Chinese have no italic or monospaced cut, so those roles fall
 * back to the upright weight ("arabic-regular", "cjk-bold").
 */
export function fontName(family: FontFamily, role: FontRole): string {
  if (family === "latin") return role;
  return `${family}-${role === "bold" || role === "boldItalic" ? "bold" : "regular"}`;
}

// Where a family's files are: each candidate maps a file's path inside the package to a full path.
function candidates(pkg: string): ((file: string) => string)[] {
  const found: ((file: string) => string)[] = [];
  // An operator may point elsewhere (e.g. a standalone build that did not copy node_modules fonts):
  // SP_PDF_FONT_DIR then holds the font files themselves, by their file names.
  const override = process.env.SP_PDF_FONT_DIR;
  if (override) found.push((file) => path.join(/* turbopackIgnore: true */ override, path.basename(file)));
  try {
    // Resolved from this module; inside a Next.js server bundle this may be rewritten or fail,
    // hence the working-directory fallback below.
    const pkgJson = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
    if (typeof pkgJson === "string") found.push((file) => path.join(/* turbopackIgnore: true */ path.dirname(pkgJson), file));
  } catch {
    // fall through
  }
  found.push((file) => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", pkg, file));
  return found;
}

let cached: Record<string, string> | undefined;

/** Absolute paths of every letter font by registered name; throws a clear error when a package is missing. */
export function letterFontPaths(): Record<string, string> {
  if (cached) return cached;
  const paths: Record<string, string> = {};
  for (const [family, { pkg, files }] of Object.entries(FAMILIES) as [FontFamily, (typeof FAMILIES)[FontFamily]][]) {
    // turbopackIgnore (above): these paths are found at run time; without it Next.js would trace the whole project.
    const where = candidates(pkg);
    const at = where.find((full) => existsSync(full(files.regular)));
    if (!at) {
      const looked = where.map((full) => full(files.regular)).join(", ");
      throw new Error(`Letter fonts of ${pkg} not found (looked for ${looked}); install it or set SP_PDF_FONT_DIR`);
    }
    for (const [role, file] of Object.entries(files)) paths[fontName(family, role as FontRole)] = at(file);
  }
  cached = paths;
  return cached;
}
