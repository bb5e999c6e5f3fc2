// Feed parsing on strings: what each feed flavour yields, and the message for each malformed one.
import { describe, expect, it } from "vitest";
import { looksLikeFeed, parseFeed } from "../../src/ingest/feed.js";
import { canonicalizeUrl } from "../../src/domain/url.js";

const SRC = "https://news.example/feed";

function problem(text: string): string {
  try {
    parseFeed(text, SRC);
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
}

describe("parseFeed", () => {
  it("reads RDF (RSS 1.0) items with dc:date and dc:creator", () => {
    const f = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>R</title></channel>
      <item><title>One</title><link>https://news.example/1</link><dc:date>2025-06-02</dc:date><dc:creator>Ana</dc:creator></item></rdf:RDF>`, SRC);
    expect(f.items).toEqual([{ index: 1, link: "https://news.example/1", title: "One", content: null, publishedAt: "2025-06-02", author: "Ana" }]);
  });

  it("takes an RSS guid as the link when it is a permalink", () => {
    const f = parseFeed(`<rss><channel><item><guid>https://news.example/g</guid></item><item><guid isPermaLink="false">abc</guid><description>x</description></item></channel></rss>`, SRC);
    expect(f.items.map((i) => i.link)).toEqual(["https://news.example/g", null]);
  });

  it("resolves relative links against the feed address", () => {
    const f = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title><link href="/a/1"/></entry></feed>`, SRC);
    expect(f.items[0]?.link).toBe("https://news.example/a/1");
  });

  it("drops links that are not http(s) and says so", () => {
    const f = parseFeed(`<rss><channel><item><title>a</title><link>javascript:alert(1)</link></item></channel></rss>`, SRC);
    expect(f.items[0]?.link).toBeNull();
    expect(f.problems[0]?.message).toMatch(/has a link that is not http\(s\)/);
  });

  it("names each malformed feed and the fix", () => {
    expect(problem("<rss><channel><item></channel></rss>")).toMatch(/^https:\/\/news\.example\/feed: is not well-formed XML \(line 1: /);
    expect(problem("<html><body>hi</body></html>")).toBe(`${SRC}: is XML but not an RSS, RDF or Atom feed (no <rss>, <feed> or <rdf:RDF>); check that the URL is the feed`);
    expect(problem(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`)).toBe(`${SRC}: has no items (a feed without <entry>); nothing to ingest`);
    expect(problem(`{"version":"https://jsonfeed.org/version/1.1","items":[]}`)).toBe(`${SRC}: has no items; nothing to ingest`);
    expect(problem(`{"version": oops`)).toMatch(/is not valid JSON/);
  });

  it("recognises feeds by their first bytes and does not take a page for one", () => {
    expect(looksLikeFeed(`<?xml version="1.0"?>\n<rss version="2.0">`)).toBe(true);
    expect(looksLikeFeed(`{"version":"https://jsonfeed.org/version/1"}`)).toBe(true);
    expect(looksLikeFeed(`<!doctype html><html>`)).toBe(false);
  });
});

describe("canonicalizeUrl", () => {
  it("drops tracking parameters, fragments, default ports and trailing slashes, and sorts the query", () => {
    expect(canonicalizeUrl("HTTPS://News.Example:443/a/b/?utm_source=x&b=2&fbclid=1&a=1#top")).toBe("https://news.example/a/b?a=1&b=2");
  });

  it("keeps parameters that select the article", () => {
    expect(canonicalizeUrl("https://news.example/story?id=42")).toBe("https://news.example/story?id=42");
  });
});
