import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible } from "../support/session";
import { SpecClock } from "../support/clock";
import { openNotification } from "../support/notifications";
import en from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };

const t = en.communications;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT");
const NORWAY = account("STATE", "state@sp-portal.example");
const BRAZIL = account("STATE", "state2@sp-portal.example");

// This scenario lives at its own time (support/clock.ts): the next Geneva business morning. Other
// specs run beside it at theirs.
const clock = new SpecClock();

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  return clock.signedInPage(browser, who);
}

/** A small but real PDF, so the upload passes content sniffing. */
function samplePdf(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
}

test("a joint urgent appeal goes from draft to publication, and the annex never becomes public", async ({ browser }) => {
  test.setTimeout(240_000); // five people in turn, each in their own browser context
  const subject = `E2E urgent appeal ${Date.now()}`;
  const annexMarker = `ANNEX-MARKER-${Date.now()}`;

  // 1. The lead mandate holder drafts a joint urgent appeal to Norway and invites a co-signer.
  const holder = await as(browser, HOLDER);
  await holder.goto("/portal/mandate-holder/communications/new");
  await holder.getByLabel(t.type).selectOption("UA");
  await holder.getByLabel(t.addressee).selectOption({ label: "Norway" });
  await holder
    .getByLabel(t.cosigners)
    .selectOption({ label: "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression" });
  await holder.getByLabel(t.subject).fill(subject);
  await holder.getByLabel(t.summary).fill("Alleged detention of a journalist after cooperation with the United Nations.");
  await holder
    .getByLabel(t.body)
    .fill(
      "Excellency,\n\nWe have the honour to address you in our capacities as Special Rapporteurs. We would like to bring to the attention of your Excellency's Government information we have received concerning the alleged detention of a journalist.",
    );
  await holder.getByLabel(t.annex).fill(`Names of alleged victims: ${annexMarker}`);
  await holder.getByRole("button", { name: t.saveDraft }).click();
  await expect(holder.getByRole("status")).toHaveText(t.saved);
  await expect(holder).toHaveURL(/\/portal\/mandate-holder\/communications\/[0-9a-f-]{36}$/);
  await expect(holder.getByRole("heading", { level: 1 })).toHaveText(subject);
  const url = holder.url();
  const id = url.split("/").pop()!;
  await expectAccessible(holder);

  // 2. The co-signer, told of the invitation (issue 17, item 5), opens the draft from the notice and signs.
  const cosigner = await as(browser, COSIGNER);
  await openNotification(cosigner, `co-sign the draft communication “${subject}”`);
  await expect(cosigner).toHaveURL(url);
  await expect(cosigner.getByRole("heading", { name: t.cosignInvitation })).toBeVisible();
  await cosigner.getByRole("button", { name: t.sign }).click();
  await expect(cosigner.getByTestId("signature-freedom-of-expression")).toHaveText(t.signature.SIGNED);

  // 3. The lead submits; the secretariat approves and dispatches.
  await holder.reload();
  await expect(holder.getByTestId("signature-freedom-of-expression")).toHaveText(t.signature.SIGNED);
  await holder.getByRole("button", { name: t.submit }).click();
  await expect(holder.getByTestId("status")).toHaveText(t.statuses.in_review);

  const secretariat = await as(browser, SECRETARIAT);
  await openNotification(secretariat, `The draft communication “${subject}” was submitted for review.`);
  await expect(secretariat).toHaveURL(new RegExp(`/portal/secretariat/communications/${id}$`));
  await secretariat.getByRole("button", { name: t.approve }).click();
  await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.approved);
  await openNotification(holder, `The secretariat approved the communication “${subject}”`);
  await expect(holder).toHaveURL(url);
  await secretariat.getByRole("button", { name: t.dispatch }).click();
  await secretariat.getByRole("dialog").getByRole("button", { name: t.dispatch }).click();
  await expect(secretariat.getByTestId("reference")).toHaveText(/^UA NOR \d+\/\d{4}$/);
  const reference = (await secretariat.getByTestId("reference").textContent())!;

  // A visitor cannot see it yet.
  const visitor = await clock.newPage(browser);
  expect((await visitor.goto(`/communications/${id}`))?.status()).toBe(404);

  // 4. Norway sees it, unread, without the annex, and replies with a PDF annex.
  const norway = await as(browser, NORWAY);
  await norway.goto("/portal/state/communications");
  const row = norway.getByTestId("communication-row").filter({ hasText: subject });
  await expect(row).toContainText(t.unread);
  await openNotification(norway, `Communication ${reference} was sent to your State`);
  await expect(norway.getByTestId("reference")).toHaveText(reference);
  await expect(norway.getByText(t.annexWithheld)).toBeVisible();
  await expect(norway.locator("body")).not.toContainText(annexMarker);
  await expect(norway.getByTestId("days-left")).toContainText("60 days left");
  await norway
    .getByRole("textbox", { name: t.replyText })
    .fill("The Government of Norway thanks the Special Rapporteurs and provides the following information.");
  await norway.getByLabel(t.annexes).setInputFiles({ name: "reply-annex.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await norway.getByRole("button", { name: t.sendReply }).click();
  await expect(norway.getByRole("status")).toHaveText(t.replySent);
  await expect(norway.getByTestId("reply")).toContainText("The Government of Norway thanks");
  await expect(norway.getByRole("link", { name: "reply-annex.pdf" })).toBeVisible();

  // Another State does not even learn that the letter exists.
  const brazil = await as(browser, BRAZIL);
  const other = await brazil.goto(`/portal/state/communications/${id}`);
  expect(other?.status()).toBe(404);

  // 5. The mandate holder, told, sees the reply.
  await openNotification(holder, `replied to communication ${reference}`);
  await expect(holder).toHaveURL(url);
  await expect(holder.getByTestId("reply")).toContainText("The Government of Norway thanks");

  // 6. The reply came before the deadline: the visitor sees the letter and the reply at once (R5,
  // publication on receipt, the default setting), never the annex.
  expect((await visitor.goto(`/communications/${id}`))?.status()).toBe(200);
  await expect(visitor.getByTestId("reference")).toHaveText(reference);
  await expect(visitor.getByTestId("letter-body")).toContainText("alleged detention of a journalist");
  await expect(visitor.getByTestId("reply")).toContainText("The Government of Norway thanks");
  await expect(visitor.locator("body")).not.toContainText(annexMarker);
  const annexDownload = await visitor.request.get(
    (await visitor.getByRole("link", { name: "reply-annex.pdf" }).getAttribute("href")) ?? "",
  );
  expect(annexDownload.status()).toBe(200);
  expect((await annexDownload.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectAccessible(visitor);
});
