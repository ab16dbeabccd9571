import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { CommunicationsChart, ReplyRateChart } from "./communications-chart";

const render = (node: React.ReactElement) =>
  renderToString(
    <NextIntlClientProvider locale="fr" messages={{}} timeZone={GENEVA_TIME_ZONE}>
      {node}
    </NextIntlClientProvider>,
  );

describe("profile charts", () => {
  const rows = [
    { year: 2023, AL: 2, UA: 1, OL: 0, replyRate: 0.5 },
    { year: 2024, AL: 0, UA: 0, OL: 0, replyRate: null },
  ];

  it.each([
    [
      "communications",
      createElement(CommunicationsChart, { rows, typeLabels: { AL: "Lettres d’allégation", UA: "Appels urgents", OL: "Autres lettres" } }),
    ],
    ["reply rate", createElement(ReplyRateChart, { rows, label: "Taux de réponse" })],
  ])("the %s chart sends only its aria-hidden, sized wrapper from the server: valid HTML", (_, chart) => {
    const html = render(chart);
    expect(html).toMatch(/^<div aria-hidden="true" class="h-(64|48) w-full [^"]*"><\/div>$/);
    // recharts' own server output has <div width="600" height="256">, which the Nu Html Checker rejects.
    expect(html).not.toMatch(/<div[^>]*\s(width|height)=/);
    expect(html).not.toMatch(/tabindex|role="application"/);
  });
});
