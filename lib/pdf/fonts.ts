// DejaVu Sans covers Latin, Cyrillic, Greek and the punctuation letters use; Arabic and Chinese
// addressee names would need another font (not needed for the three working languages).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const LETTER_FONTS = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
  mono: "DejaVuSansMono.ttf",
} as const;

export type FontRole = keyof typeof LETTER_FONTS;

function candidateDirs(): string[] {
  const dirs: string[] = [];
  // An operator may point elsewhere (e.g. a standalone build that did not copy node_modules fonts).
  if (process.env.SP_PDF_FONT_DIR) dirs.push(process.env.SP_PDF_FONT_DIR);
  try {
    // Resolved from this module; inside a Next.js server bundle this may be rewritten or fail,
    // hence the working-directory fallback below.
    const pkg = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json");
    if (typeof pkg === "string") dirs.push(path.join(/* turbopackIgnore: true */ path.dirname(pkg), "ttf"));
  } catch {
    // fall through
  }
  dirs.push(path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"));
  return dirs;
}

let cached: Record<FontRole, string> | undefined;

/** Absolute paths of the letter fonts; throws a clear error when the package is missing. */
export function letterFontPaths(): Record<FontRole, string> {
  if (cached) return cached;
  const dirs = candidateDirs();
  // turbopackIgnore: these paths are found at run time; without it Next.js would trace the whole project.
  const dir = dirs.find((d) => existsSync(path.join(/* turbopackIgnore: true */ d, LETTER_FONTS.regular)));
  if (!dir) throw new Error(`DejaVu fonts not found (looked in ${dirs.join(", ")}); install dejavu-fonts-ttf or set SP_PDF_FONT_DIR`);
  cached = Object.fromEntries(
    Object.entries(LETTER_FONTS).map(([role, file]) => [role, path.join(/* turbopackIgnore: true */ dir, file)]),
  ) as Record<FontRole, string>;
  return cached;
}
