// Markdown written by mandate holders, States and the public (letters, replies, good stories),
// rendered for display. Raw HTML is escaped, never passed through: the output is safe to insert
// with dangerouslySetInnerHTML without a separate sanitiser.
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:)/i;

function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Allowlist, not markdown-it's blocklist: javascript:, data:, vbscript:, relative and protocol-less
  // links all stay plain text.
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  // Pictures would load from any server when a page is viewed (tracking, mixed content): none.
  md.disable("image");
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    // The author is not the portal: no referrer, no window.opener, no search-engine endorsement.
    tokens[idx]?.attrSet("rel", "noopener noreferrer nofollow");
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

/** The configured parser, shared with lib/pdf/ so a letter's PDF reads its body as the page does. */
export const markdown = createMarkdown();

export function renderMarkdown(md: string): string {
  return markdown.render(md);
}
