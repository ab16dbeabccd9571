// Pure rules of the Committee's guidance (issue 18, item 5): versions are kept, never changed.

/** A new version must change something: the topic, the title or the text. */
export function guidanceChanged(
  latest: { topic: string; title: string; body: string },
  next: { topic: string; title: string; body: string },
): boolean {
  return latest.topic !== next.topic || latest.title !== next.title || latest.body !== next.body;
}

/**
 * Who the public history names as a version's author: a mandate holder by name (a public figure,
 * acting for the Committee); a secretariat officer as "the secretariat" (null), not by name.
 */
export function publicAuthorName(author: { role: string; mandateHolder: { name: string } | null }): string | null {
  return author.role === "MANDATE_HOLDER" && author.mandateHolder ? author.mandateHolder.name : null;
}
