// Record-level rules of good stories (R13): anyone may submit (an anonymous visitor with an email);
// the secretariat moderates; the public sees published stories only.
import type { Actor } from "./actor";
import { can } from "./policy";

/** A signed-in actor needs story:submit; an anonymous visitor may submit (with an email address). */
export function maySubmitStory(actor: Actor | null): boolean {
  return actor === null || can(actor, "story:submit");
}

export function mayModerateStory(actor: Actor | null): boolean {
  return can(actor, "story:moderate");
}

/** The signed-in submitter of a story (derived from the record, never from what the client sent). */
export function isStorySubmitter(actor: Actor | null, story: { submittedById: string | null }): boolean {
  return !!actor && story.submittedById !== null && story.submittedById === actor.userId && can(actor, "story:submit");
}

/** A submitter adds what the secretariat asked for only while the story waits for it. */
export function mayAmendStory(actor: Actor | null, story: { submittedById: string | null; status: string }): boolean {
  return story.status === "NEEDS_INFORMATION" && isStorySubmitter(actor, story);
}

/** Who may see a story that is not published: the secretariat and its signed-in submitter. */
export function mayReadUnpublishedStory(actor: Actor | null, story: { submittedById: string | null }): boolean {
  return mayModerateStory(actor) || isStorySubmitter(actor, story);
}
