// A letter body in markdown, flattened to what a printed letter has: headings, paragraphs, bulleted
// or numbered items, quoted and preformatted text. Pure; letter-pdf.ts draws the result.
import type { Token } from "markdown-it";
import { markdown } from "../core/markdown";

export type Run = { text: string; bold?: boolean; italic?: boolean; mono?: boolean };
export type Block =
  | { kind: "heading"; level: number; runs: Run[] }
  | { kind: "paragraph"; runs: Run[]; indent: number; marker?: string }
  | { kind: "code"; text: string; indent: number }
  | { kind: "rule" };

/** Inline tokens to runs. Links keep their text and show the address after it, as print must. */
function inlineRuns(children: Token[], base: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  const style = { ...base };
  let href: string | null = null;
  let linkText = "";
  const push = (text: string, extra: Omit<Run, "text"> = {}) => {
    if (!text) return;
    if (href !== null) linkText += text;
    runs.push({ text, ...style, ...extra });
  };
  for (const t of children) {
    switch (t.type) {
      case "text":
        push(t.content);
        break;
      case "code_inline":
        push(t.content, { mono: true });
        break;
      case "softbreak":
        push(" ");
        break;
      case "hardbreak":
        push("\n");
        break;
      case "strong_open":
        style.bold = true;
        break;
      case "strong_close":
        style.bold = base.bold;
        break;
      case "em_open":
        style.italic = true;
        break;
      case "em_close":
        style.italic = base.italic;
        break;
      case "link_open":
        href = String(t.attrGet("href") ?? "");
        linkText = "";
        break;
      case "link_close": {
        const shown = href?.replace(/^mailto:/i, "");
        const target = href;
        href = null;
        if (shown && target !== linkText && shown !== linkText) push(` <${shown}>`);
        break;
      }
      default:
        if (t.content) push(t.content);
    }
  }
  return runs;
}

export function markdownToBlocks(source: string): Block[] {
  const tokens = markdown.parse(source, {});
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quoteDepth = 0;
  let marker: string | undefined;
  let headingLevel = 0;
  let row: Run[] | null = null;
  const indent = () => lists.length + quoteDepth;

  for (const [i, t] of tokens.entries()) {
    switch (t.type) {
      case "bullet_list_open":
        lists.push({ ordered: false, next: 1 });
        break;
      case "ordered_list_open":
        lists.push({ ordered: true, next: Number(t.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const list = lists.at(-1);
        marker = list?.ordered ? `${list.next++}.` : lists.length > 1 ? "◦" : "•";
        break;
      }
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "heading_open":
        headingLevel = Number(t.tag.slice(1));
        break;
      case "heading_close":
        headingLevel = 0;
        break;
      case "hr":
        blocks.push({ kind: "rule" });
        break;
      case "fence":
      case "code_block":
        blocks.push({ kind: "code", text: t.content.replace(/\n$/, ""), indent: indent() });
        break;
      // Tables: one line per row, cells separated by " | ", header cells in bold.
      case "tr_open":
        row = [];
        break;
      case "tr_close":
        if (row) blocks.push({ kind: "paragraph", runs: row, indent: indent() });
        row = null;
        break;
      case "inline": {
        const runs = inlineRuns(t.children ?? [], tokens[i - 1]?.type === "th_open" ? { bold: true } : {});
        if (row) {
          if (row.length) row.push({ text: " | " });
          row.push(...runs);
        } else if (headingLevel) {
          blocks.push({ kind: "heading", level: headingLevel, runs });
        } else {
          blocks.push({ kind: "paragraph", runs, indent: indent(), ...(marker ? { marker } : {}) });
          marker = undefined;
        }
        break;
      }
    }
  }
  return blocks.filter((b) => b.kind !== "paragraph" || b.runs.length > 0 || b.marker);
}
