import { describe, expect, it } from "vitest";
import { anonymousStorySubmissionSchema, moderationSchema, storySubmissionSchema } from "./schemas";

const base = {
  title: "Law adopted",
  recommendation: "Adopt a law protecting defenders.",
  whatChanged: "The law was adopted in 2025.",
  stateId: "00000000-0000-4000-8000-000000000001",
};

describe("good story forms", () => {
  it("accepts http(s) evidence links, one per line, and refuses anything else", () => {
    const ok = storySubmissionSchema.safeParse({ ...base, evidenceLinks: "https://example.org/a\n http://example.org/b " });
    expect(ok.success && ok.data.evidenceLinks).toBe("https://example.org/a\nhttp://example.org/b");
    const bad = storySubmissionSchema.safeParse({ ...base, evidenceLinks: "javascript:alert(1)" });
    expect(bad.success).toBe(false);
  });
  it("requires an email from an anonymous submitter", () => {
    const r = anonymousStorySubmissionSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("stories.emailRequired");
    expect(anonymousStorySubmissionSchema.safeParse({ ...base, submitterEmail: "a@example.org" }).success).toBe(true);
  });
  it("takes repeated theme ids and drops duplicates", () => {
    const id = "00000000-0000-4000-8000-0000000000aa";
    const r = storySubmissionSchema.parse({ ...base, themeIds: [id, id] });
    expect(r.themeIds).toEqual([id]);
  });
  it("asks for a reason to reject or to ask for more, not to publish", () => {
    const storyId = "00000000-0000-4000-8000-0000000000bb";
    expect(moderationSchema.safeParse({ storyId, decision: "publish" }).success).toBe(true);
    expect(moderationSchema.safeParse({ storyId, decision: "reject" }).success).toBe(false);
    expect(moderationSchema.safeParse({ storyId, decision: "request-information", note: "Please add a source." }).success).toBe(true);
  });
});
