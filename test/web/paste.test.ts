// What the analyze page makes of pasted text (no browser needed): JSON as before, and plain text as
// one article or several between separator lines, with header lines read as fields.
import { describe, expect, it } from "vitest";
import { articleFromText, parseInput } from "../../src/web/client/list.js";

const articles = (raw: string) => {
  const r = parseInput(raw);
  if (!("articles" in r)) throw new Error("expected articles");
  return r.articles as Record<string, string>[];
};

describe("pasted plain text", () => {
  it("is one article when there is no separator line, paragraphs and all", () => {
    const text = "Ferry terminal closed after fire\n\nA fire broke out at the ferry terminal on Monday.\n\nAbout 40 people were evacuated.";
    expect(articles(text)).toEqual([{ id: "pasted", text }]);
  });

  it("splits articles at a line of ---, *** or ===, not at blank lines", () => {
    const got = articles("First headline\n\nFirst body.\n---\nSecond headline\n\nSecond body.\n\n\n\nStill the second.\n  ***  \nThird.\n=====\n");
    expect(got.map((a) => a.id)).toEqual(["pasted-1", "pasted-2", "pasted-3"]);
    expect(got[1]?.text).toBe("Second headline\n\nSecond body.\n\n\n\nStill the second.");
  });

  it("reads header lines at the top as fields, a bare URL as the url, and leaves the rest as the text", () => {
    const got = articles("https://example.org/news/fire\nPublished: 2025-05-23\nOutlet: Harbour Times\nBy: Ana Lima\n\nFerry terminal closed\n\nA fire broke out.");
    expect(got).toEqual([{ id: "pasted", url: "https://example.org/news/fire", publishedAt: "2025-05-23", outlet: "Harbour Times", byline: "Ana Lima", text: "Ferry terminal closed\n\nA fire broke out." }]);
    expect(articleFromText("Title: Ferry terminal closed\nA fire broke out.", "x")).toEqual({ id: "x", title: "Ferry terminal closed", text: "A fire broke out." });
  });

  it("keeps prose that only looks like a header in the text", () => {
    expect(articles("Date: the week before the vote\nNothing happened.")[0]).toEqual({ id: "pasted", text: "Date: the week before the vote\nNothing happened." });
    expect(articles("Source: a police officer who asked not to be named.\n\nThe suspect fled.")[0]).toEqual({ id: "pasted", text: "Source: a police officer who asked not to be named.\n\nThe suspect fled." });
    expect(articles("By: the time the firefighters arrived, the roof had collapsed and three neighbouring houses were burning\n\nMore.")[0]?.["byline"]).toBeUndefined();
    expect(articles("The minister said: no comment.\nURL: https://example.org")[0]).toEqual({ id: "pasted", text: "The minister said: no comment.\nURL: https://example.org" });
    expect(articles("[Reuters] Fire at the port\n\nA fire broke out.")[0]?.["text"]).toMatch(/^\[Reuters\]/);
  });

  it("refuses an article of header lines only, naming it", () => {
    expect(() => parseInput("URL: https://example.org/a\nPublished: 2025-05-23")).toThrow(/the pasted article pasted has header lines but no text/);
  });
});

describe("pasted JSON", () => {
  it("takes {articles}, an array, JSON lines and one article object", () => {
    expect(articles('{"articles": [{"text": "a"}]}')).toEqual([{ text: "a" }]);
    expect(articles('[{"text": "a"}, {"text": "b"}]')).toHaveLength(2);
    expect(articles('{"text": "a"}\n{"text": "b"}')).toHaveLength(2);
    expect(articles('{"id": "1", "text": "a"}')).toEqual([{ id: "1", text: "a" }]);
  });

  it("says which line is broken when text opening with { is no JSON", () => {
    expect(() => parseInput('{"text": "a"}\n{not json')).toThrow(/line 2 is not JSON/);
  });
});
