import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { signedInPage } from "../support/session";
import en from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };

// Issue 13, item 8: the addressee State sees the letter as sent — the signing mandates, not a
// mandate that declined to co-sign ("Declined") nor the secretariat's comments; the secretariat
// and the lead mandate still see the workflow.
const t = en.communications;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT");
const NORWAY = account("STATE", "state@sp-portal.example");
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const FOE = "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression";

test("a mandate's refusal to co-sign stays inside the workflow: the State sees the letter as sent; its reply's annex downloads for all who see it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const subject = `E2E as sent ${Date.now()}`;

  const holder = await signedInPage(browser, HOLDER);
  await holder.goto("/portal/mandate-holder/communications/new");
  await holder.getByLabel(t.type).selectOption("UA");
  await holder.getByLabel(t.addressee).selectOption({ label: "Norway" });
  await holder.getByLabel(t.cosigners).selectOption({ label: FOE });
  await holder.getByLabel(t.subject).fill(subject);
  await holder.getByLabel(t.summary).fill("Alleged detention of a human rights defender.");
  await holder
    .getByLabel(t.body)
    .fill(
      "Excellency,\n\nWe have the honour to address you in our capacity as Special Rapporteur, concerning the alleged detention of a human rights defender.",
    );
  await holder.getByRole("button", { name: t.saveDraft }).click();
  await expect(holder.getByRole("status")).toHaveText(t.saved);
  await expect(holder).toHaveURL(/\/portal\/mandate-holder\/communications\/[0-9a-f-]{36}$/);
  await expect(holder.getByRole("heading", { level: 1 })).toHaveText(subject);
  const id = holder.url().split("/").pop()!;

  // The invited mandate declines.
  const cosigner = await signedInPage(browser, COSIGNER);
  await cosigner.goto(`/portal/mandate-holder/communications/${id}`);
  await cosigner.getByRole("button", { name: t.decline }).click();
  await expect(cosigner.getByTestId("signature-freedom-of-expression")).toHaveText(t.signature.DECLINED);

  // The lead submits alone; the secretariat approves and dispatches.
  await holder.reload();
  await holder.getByRole("button", { name: t.submit }).click();
  await expect(holder.getByTestId("status")).toHaveText(t.statuses.in_review);
  const secretariat = await signedInPage(browser, SECRETARIAT);
  await secretariat.goto(`/portal/secretariat/communications/${id}`);
  await secretariat.getByRole("button", { name: t.approve }).click();
  await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.approved);
  await secretariat.getByRole("button", { name: t.dispatch }).click();
  await secretariat.getByRole("dialog").getByRole("button", { name: t.dispatch }).click();
  await expect(secretariat.getByTestId("reference")).toHaveText(/^UA NOR \d+\/\d{4}$/);
  // The secretariat still sees who declined.
  await expect(secretariat.getByTestId("signature-freedom-of-expression")).toHaveText(t.signature.DECLINED);

  // Norway: the letter as sent — the lead mandate, no trace of the declined one.
  const norway = await signedInPage(browser, NORWAY);
  expect((await norway.goto(`/portal/state/communications/${id}`))?.status()).toBe(200);
  await expect(norway.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(norway.getByTestId("signature-hr-defenders")).toHaveText(t.signature.LEAD);
  await expect(norway.getByTestId("signature-freedom-of-expression")).toHaveCount(0);
  const body = (await norway.locator("main").textContent())!;
  expect(body).not.toContain(t.signature.DECLINED);
  expect(body).not.toContain(FOE);
  expect(body).not.toContain(t.reviewComment);

  // Issue 13, item 11: Norway replies with an annex; the secretariat downloads it from its own page.
  await norway.getByRole("textbox", { name: t.replyText }).fill("The Government of Norway provides the following information.");
  await norway.getByLabel(t.annexes).setInputFiles({ name: "as-sent-annex.pdf", mimeType: "application/pdf", buffer: PDF });
  await norway.getByRole("button", { name: t.sendReply }).click();
  await expect(norway.getByRole("status")).toHaveText(t.replySent);
  for (const reader of [secretariat, holder, cosigner, norway]) {
    await reader.reload();
    const link = reader.getByRole("link", { name: "as-sent-annex.pdf" });
    const res = await reader.request.get((await link.getAttribute("href"))!);
    expect(res.status(), reader.url()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
});
