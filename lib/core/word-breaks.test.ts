import { describe, expect, it } from "vitest";
import { hasUnspacedScript, indexedWords, spaceWords } from "./word-breaks";

describe("spaceWords (issue 15, item 5)", () => {
  it("puts a space between Chinese words, and between a word and its punctuation", () => {
    expect(spaceWords("警方对该记者实施了拘留，至今未释放。")).toBe("警方 对 该 记者 实施 了 拘留 ， 至今 未 释放 。");
    expect(spaceWords("拘留")).toBe("拘留");
  });

  it("splits a Chinese query as it splits the text, keeping the operators of a web search", () => {
    expect(spaceWords('"拘留者" -释放')).toBe('"拘留 者" -释放');
    expect(spaceWords("detention 拘留abc")).toBe("detention 拘留 abc");
  });

  it("splits Japanese and Thai too, and leaves text with spaces as it is", () => {
    expect(spaceWords("日本語の文章")).toBe("日本語 の 文章");
    expect(spaceWords("การควบคุมตัว")).toBe("การ ควบคุม ตัว");
    for (const text of ["La détention des journalistes", "Задержание журналиста", "احتجاز الصحفيين", ""]) {
      expect(spaceWords(text)).toBe(text);
      expect(hasUnspacedScript(text)).toBe(false);
      expect(indexedWords(text)).toBeNull();
    }
  });

  it("stores spaced words only when they differ from the text", () => {
    expect(indexedWords("拘留")).toBeNull();
    expect(indexedWords("实施了拘留")).toBe("实施 了 拘留");
  });
});
