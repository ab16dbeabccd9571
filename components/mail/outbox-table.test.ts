import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/mail/en.json" with { type: "json" };
import fr from "@/lib/i18n/messages/mail/fr.json" with { type: "json" };
import type { OutboxRow } from "@/lib/mail/find-outbox";

// The reader sits in New York; the held-until column must still speak Geneva time (R1).
let locale: "en" | "fr" = "en";
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale, messages: locale === "en" ? en : fr, namespace: namespace as never }),
  getFormatter: async () => createFormatter({ locale, timeZone: "America/New_York" }),
}));
const { OutboxTable } = await import("./outbox-table");

const base: OutboxRow = {
  id: "1",
  kind: "communication",
  to: ["mission@example.org"],
  cc: [],
  subject: "AL NOR 2/2026",
  urgent: false,
  atOnce: false,
  text: "Dear Mission,\n\nA letter.",
  status: "HELD",
  heldReason: "outside-business-hours",
  createdAt: new Date("2026-03-14T09:00:00Z"),
  notBefore: new Date("2026-03-16T08:00:00Z"),
  sentAt: null,
  attempts: 0,
  lastError: null,
  communicationReference: null,
};
// ICU versions differ on which space goes before "AM": compare with plain spaces.
const render = async (rows: OutboxRow[]) => renderToStaticMarkup(await OutboxTable({ rows })).replace(/\s/g, " ");

describe("OutboxTable", () => {
  it("shows a held message's reason and its release in Geneva time, whatever the reader's zone", async () => {
    const html = await render([base]);
    expect(html).toContain("Outside Geneva business hours");
    expect(html).toContain("Mar 16, 2026, 9:00 AM"); // 09:00 in Geneva (04:00 in New York)
    expect(html).toContain("Mar 14, 2026, 5:00 AM"); // created: the reader's own zone
    expect(html).toContain("Held until (Geneva time)");
  });

  it("shows recipients, copies, reference, urgency, failures and the sending time", async () => {
    const html = await render([
      {
        ...base,
        id: "2",
        urgent: true,
        status: "SENT",
        heldReason: null,
        cc: ["contact@example.org"],
        sentAt: new Date("2026-03-14T09:00:30Z"),
        communicationReference: "UA NOR 9/2026",
      },
      {
        ...base,
        id: "3",
        status: "PENDING",
        heldReason: null,
        attempts: 2,
        lastError: "connect ECONNREFUSED",
        notBefore: new Date("2026-03-16T08:04:00Z"),
      },
    ]);
    expect(html).toContain("To: mission@example.org");
    expect(html).toContain("Copy: contact@example.org");
    expect(html).toContain("Communication UA NOR 9/2026");
    expect(html).toContain("Urgent: sent at once");
    expect(html).toContain("Next attempt: Mar 16, 2026, 9:04 AM");
    expect(html).toContain("2 failed attempts");
    expect(html).toContain("connect ECONNREFUSED");
  });

  it("shows each message's text in a disclosure, and an account-security mail as sent at once but not urgent", async () => {
    const html = await render([{ ...base, id: "4", atOnce: true, text: "Set your password: https://portal.example/invitation/[removed]" }]);
    expect(html).toContain("<details");
    expect(html).toContain("Text of the mail");
    expect(html).toContain("Set your password: https://portal.example/invitation/[removed]");
    expect(html).toContain("Not urgent: sent at once (account security)");
    expect(html).not.toContain("Urgent: sent at once");
  });

  it("speaks French", async () => {
    locale = "fr";
    const html = await render([base]);
    locale = "en";
    expect(html).toContain("En dehors des heures ouvrables à Genève");
    expect(html).toContain("16 mars 2026, 09:00");
  });
});
