// HTML ingest on small hand-written pages: what must survive (paragraphs, in order, and the
// metadata) and what must not (page furniture, scripts), plus charset decoding of fetched bytes.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../src/ingest/charset.js";
import { extractPublishedDate } from "../../src/ingest/html-date.js";
import { extractHtml } from "../../src/ingest/html.js";

const PARAS = [
  "The river council voted on Tuesday to close the old harbour bridge to lorries from next spring, after engineers found cracks in two of its steel girders.",
  "Councillor Mara Ellison said the decision had not been easy, because the bridge carries most of the freight that reaches the town's northern industrial estate.",
  "Hauliers will be sent along the ring road instead, a detour the council estimates will add eleven minutes to a typical delivery run through the valley.",
  "A consultation on a replacement crossing opens in June, and residents can send comments by post or at the public library until the end of the summer.",
];

function page(opts: { head?: string; before?: string; after?: string; inner?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge to close to lorries | Valley Courier</title>${opts.head ?? ""}</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge to close to lorries</h1>
${opts.before ?? ""}
<div class="article-body">
${PARAS.map((p, i) => (i === 2 ? `${opts.inner ?? ""}<p>${p}</p>` : `<p>${p}</p>`)).join("\n")}
</div>
${opts.after ?? ""}
</article>
<footer><p>Valley Courier, 1 Mill Lane. All rights reserved.</p></footer>
</body></html>`;
}

describe("extractHtml: article text", () => {
  it("keeps every paragraph, one per line, in page order", () => {
    const { text } = extractHtml(page());
    expect(text.split("\n")).toEqual(PARAS);
  });

  it("removes share buttons, newsletter box, related links and image captions", () => {
    const html = page({
      before: `<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>`,
      inner: `<figure><img src="bridge.jpg"><figcaption>The bridge at dusk. Photo: Ann Smith</figcaption></figure>
<div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story from the valley.</p></div>`,
      after: `<aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry fares rise again this winter</a></li><li><a href="/b">New cycle lane opens on the quay</a></li></ul></aside>`,
    });
    const { text } = extractHtml(html);
    expect(text.split("\n")).toEqual(PARAS);
    expect(text).not.toMatch(/Share on Facebook|Tweet|newsletter|Photo: Ann Smith|Ferry fares|cycle lane/);
  });

  it("does not drop a paragraph that merely mentions sharing or a newsletter", () => {
    const extra = "Residents said they would share the cost of a newsletter about the works with the council.";
    const { text } = extractHtml(page({ inner: `<p>${extra}</p>` }));
    expect(text).toContain(extra);
  });

  it("drops a 'You may also like' run of headlines but keeps the sentence after it", () => {
    const after = "The council will publish the engineers' full report on its website next week.";
    const html = page({
      after: `<div><p>You may also like...</p><p>Ferry fares rise again this winter</p><p>New cycle lane opens on the quay</p><p>${after}</p></div>`,
    });
    const { text } = extractHtml(html);
    expect(text).not.toMatch(/You may also like|Ferry fares|cycle lane/);
    expect(text).toContain(after);
  });

  it("never lets script or style content into the text", () => {
    const html = page({ inner: `<script>var tracking = "secret-token";</script><style>.x { color: red }</style>` });
    const { text } = extractHtml(html);
    expect(text).not.toMatch(/secret-token|color: red/);
    expect(text).toContain(PARAS[2]);
  });

  it("returns empty text without throwing for a page with no body", () => {
    expect(extractHtml("<html><head><title>Nothing here</title></head></html>").text).toBe("");
    expect(extractHtml("").text).toBe("");
  });

  it("falls back to JSON-LD articleBody when the markup has no readable block", () => {
    const body = "Only the structured data carries this story about the harbour bridge closing to lorries next spring after cracks were found. ".repeat(3).trim();
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", articleBody: body })}</script></head><body><div id="app"></div></body></html>`;
    expect(extractHtml(html).text).toBe(body);
  });
});

describe("extractHtml: metadata", () => {
  it("reads title, byline, outlet and date from JSON-LD", () => {
    const ld = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Harbour bridge to close to lorries",
      author: [{ "@type": "Person", name: "Mara Quill" }],
      publisher: { "@type": "Organization", name: "Valley Courier" },
      datePublished: "2021-03-02T08:15:00+00:00",
      dateModified: "2021-03-05T10:00:00+00:00",
    };
    const r = extractHtml(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
    expect(r.title).toBe("Harbour bridge to close to lorries");
    expect(r.byline).toBe("Mara Quill");
    expect(r.outlet).toBe("Valley Courier");
    expect(r.publishedAt?.slice(0, 10)).toBe("2021-03-02");
  });

  it("reads metadata from meta tags and strips the site name from <title>", () => {
    const head = `<meta property="og:site_name" content="Valley Courier"><meta name="author" content="Tom Reed">
<meta property="article:published_time" content="2020-11-19T06:51:00Z"><meta property="article:modified_time" content="2020-11-20T09:00:00Z">`;
    const r = extractHtml(page({ head }));
    expect(r.title).toBe("Harbour bridge to close to lorries");
    expect(r.byline).toBe("Tom Reed");
    expect(r.outlet).toBe("Valley Courier");
    expect(r.publishedAt?.slice(0, 10)).toBe("2020-11-19");
  });

  it("uses the URL host as outlet only when nothing on the page names one", () => {
    expect(extractHtml(page(), { url: "https://www.valleycourier.example/news/x" }).outlet).toBe("valleycourier.example");
    expect(extractHtml(page()).outlet).toBeNull();
  });

  it("takes a date from the URL path only when a URL is given", () => {
    const url = "https://valleycourier.example/2019/07/14/harbour-bridge";
    expect(extractHtml(page(), { url }).publishedAt).toBe("2019-07-14");
    expect(extractHtml(page()).publishedAt).toBeNull();
  });
});

describe("extractPublishedDate", () => {
  const now = new Date("2024-06-01T00:00:00Z");

  it("reads a written date next to 'Published'", () => {
    const html = `<html><body><div class="article-info">Published March 3, 2020</div><p>Text.</p></body></html>`;
    expect(extractPublishedDate(html, null, { now })).toBe("2020-03-03");
  });

  it("reads day-first numeric dates on non-English pages", () => {
    const html = `<html lang="de"><body><span class="datum">03.04.2020</span></body></html>`;
    expect(extractPublishedDate(html, null, { now })).toBe("2020-04-03");
  });

  it("prefers the published date over a modified one", () => {
    const html = `<html><head><meta property="article:modified_time" content="2020-05-09"><meta name="pubdate" content="2020-05-01"></head><body></body></html>`;
    expect(extractPublishedDate(html, null, { now })).toBe("2020-05-01");
  });

  it("rejects future dates and dates before 1995", () => {
    const future = `<html><head><meta property="article:published_time" content="2031-01-01"></head><body></body></html>`;
    const ancient = `<html><head><meta property="article:published_time" content="1990-01-01"></head><body></body></html>`;
    expect(extractPublishedDate(future, null, { now })).toBeNull();
    expect(extractPublishedDate(ancient, null, { now })).toBeNull();
  });
});

describe("decodeHtmlBytes", () => {
  it("decodes a windows-1251 page declared in <meta charset>", () => {
    const html = `<html><head><meta charset="windows-1251"></head><body><p>Мост закроют для грузовиков</p></body></html>`;
    const bytes = iconv.encode(html, "windows-1251");
    expect(decodeHtmlBytes(bytes)).toContain("Мост закроют для грузовиков");
  });

  it("decodes an iso-8859-1 page declared by http-equiv", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Le pont fermé à Noël, déjà</p></body></html>`;
    const bytes = iconv.encode(html, "latin1");
    expect(decodeHtmlBytes(bytes)).toContain("Le pont fermé à Noël, déjà");
  });

  it("lets the HTTP header win over the page and the BOM win over both", () => {
    const bytes = iconv.encode("<p>Noël</p>", "latin1");
    expect(decodeHtmlBytes(bytes, "text/html; charset=ISO-8859-1")).toBe("<p>Noël</p>");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("<p>Noël</p>", "utf8")]);
    expect(decodeHtmlBytes(bom, "text/html; charset=iso-8859-1")).toBe("<p>Noël</p>");
  });

  it("defaults to UTF-8 when nothing is declared", () => {
    expect(decodeHtmlBytes(Buffer.from("<p>Noël</p>", "utf8"))).toBe("<p>Noël</p>");
  });
});
