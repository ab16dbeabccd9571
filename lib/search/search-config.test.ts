import { describe, expect, it } from "vitest";
import { configFor, queryConfigs, textQuery } from "./search-filters";
import { Prisma } from "../generated/prisma/client";

describe("full-text configurations (issue 15, item 5)", () => {
  it("reads a query in the languages its script may be, and always as typed", () => {
    expect(queryConfigs("detencion")).toEqual(["sp_english", "sp_french", "sp_spanish", "sp_simple"]);
    expect(queryConfigs("задержания")).toEqual(["sp_russian", "sp_simple"]);
    expect(queryConfigs("الاحتجاز")).toEqual(["sp_arabic", "sp_simple"]);
    expect(queryConfigs("拘留")).toEqual(["sp_simple"]);
    expect(queryConfigs("2026")).toEqual(["sp_simple"]);
    expect(queryConfigs("Moscou задержание")).toEqual(["sp_english", "sp_french", "sp_spanish", "sp_russian", "sp_simple"]);
  });

  it("passes the visitor's words as bind parameters, Chinese split into words", () => {
    const sql = textQuery("实施了拘留");
    expect(sql.values).toEqual(["实施 了 拘留"]);
    expect(sql.text).toBe("(websearch_to_tsquery('sp_simple', $1))");
  });

  it("picks the letter's configuration in SQL as the generated columns do", () => {
    expect(configFor(Prisma.sql`c."language"`).sql).toBe(
      `(CASE c."language" WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'ru' THEN 'sp_russian'::regconfig WHEN 'ar' THEN 'sp_arabic'::regconfig ELSE 'sp_simple'::regconfig END)`,
    );
  });
});
