import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import en from "../../../lib/i18n/messages/reprisals/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/reprisals/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/reprisals/es.json" with { type: "json" };

const t = en.reprisals;
// A family name of its own per run (letters only: a name is made of letters).
const surname = `Karimova${[...String(Date.now()).slice(-6)].map((d) => String.fromCharCode(97 + Number(d))).join("")}`;
const PERSONS = `Aziza ${surname} (journalist)`;
const NAMING = `Ms aziza ${surname.toUpperCase()} was reportedly summoned after meeting a mandate holder.`;
const SUMMARY = `A journalist was reportedly summoned after meeting a mandate holder (run ${Date.now()}).`;

// R8, as a new user would try it: the author of a public summary that names the person concerned is
// stopped beside the field; the author of a clean one cannot clear it; a second member of the
// secretariat does, and only the clean summary reaches the public register, its API and the CSV.
test("a summary naming the person is refused, and its author cannot clear it: another member of the secretariat does", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const author = await signedInPage(browser, account("SECRETARIAT", "secretariat@sp-portal.example"));
  await author.goto("/portal/secretariat/reprisals/new");
  await author.getByLabel(t.state).selectOption({ label: "Norway" });
  await author.getByLabel(t.personsConcerned).fill(PERSONS);
  await author.getByLabel(t.cooperationContext).fill("Met the Special Rapporteur during a country visit.");
  await author.getByLabel(t.actsAlleged).fill(`${surname} was summoned and threatened.`);
  await author.getByRole("button", { name: t.save }).click();
  await expect(author.getByRole("status")).toHaveText(t.saved);
  await expect(author).toHaveURL(/\/portal\/secretariat\/reprisals\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(author.url()).pathname;

  const summary = author.getByRole("textbox", { name: t.publicSummary });
  await summary.fill(NAMING);
  await author.getByRole("button", { name: t.saveSummary }).click();
  await expect(author.getByText(t.summaryNamesPerson)).toBeVisible();
  await expect(summary).toHaveValue(NAMING); // nothing typed is lost
  await expect(summary).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(author);

  await summary.fill(SUMMARY);
  await author.getByRole("button", { name: t.saveSummary }).click();
  await expect(author.getByText(t.summarySaved)).toBeVisible();
  await expect(author.getByText(t.clearByAnother)).toBeVisible();
  await expect(author.getByRole("button", { name: t.clearSummary })).toBeDisabled();
  expect(await (await author.request.get("/api/reprisals/cases?state=NOR")).text()).not.toContain(SUMMARY);

  const reviewer = await signedInPage(browser, account("SECRETARIAT", "secretariat2@sp-portal.example"));
  await reviewer.goto(caseUrl);
  await expect(reviewer.getByTestId("summary-written-by")).toContainText(account("SECRETARIAT", "secretariat@sp-portal.example").name);
  await reviewer.getByRole("button", { name: t.clearSummary }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: t.clearSummary }).click();
  await expect(reviewer.getByTestId("confidentiality")).toHaveText(t.confidentialities.PUBLIC_SUMMARY_CLEARED);

  for (const path of ["/reprisals?state=NOR", "/api/reprisals/cases?state=NOR", "/api/reprisals/cases.csv"]) {
    const body = await (await reviewer.request.get(path)).text();
    expect(body, path).toContain(SUMMARY);
    expect(body.toLowerCase(), path).not.toContain(surname.toLowerCase());
  }
  await author.context().close();
  await reviewer.context().close();
});

test("the refusals are said in French and Spanish too", () => {
  for (const key of ["summaryNamesPerson", "clearerIsAuthor", "clearByAnother", "summaryWrittenBy"] as const) {
    for (const catalog of [fr.reprisals, es.reprisals]) {
      expect(catalog[key], key).toBeTruthy();
      expect(catalog[key], key).not.toBe(t[key]);
    }
  }
});
