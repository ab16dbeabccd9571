import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { CommunicationsChart, ReplyRateChart } from "./communications-chart";

const render = (node: React.ReactElement) =>
  renderToString(<NextIntlClientProvider locale="fr" messages={{}} timeZone="Europe/Zurich">{node}</NextIntlClientProvider>);

describe("profile charts", () => {
  const rows = [{ year: 2023, AL: 2, UA: 1, OL: 0, replyRate: 0.5 }, { year: 2024, AL: 0, UA: 0, OL: 0, replyRate: null }];

  it.each([
    ["communications", createElement(CommunicationsChart, { rows, typeLabels: { AL: "Lettres d’allégation", UA: "Appels urgents", OL: "Autres lettres" } })],
    ["reply rate", createElement(ReplyRateChart, { rows, label: "Taux de réponse" })],
  ])("the %s chart renders on the server inside an aria-hidden wrapper", (_, chart) => {
    const html = render(chart);
    expect(html).toMatch(/^<div aria-hidden="true"/);
    // recharts draws the SVG after hydration; the server sends only the hidden wrapper.
    expect(html).not.toMatch(/tabindex|role="application"/);
  });
});
