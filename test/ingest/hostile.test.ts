// Hostile input costs bounded work: deep or huge HTML, feeds that declare entities, articles of
// megabytes. Every input here is generated in the test.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { InputError } from "../../src/domain/errors.js";
import { parseFeed } from "../../src/ingest/feed.js";
import { boundHtml, MAX_HTML_DEPTH } from "../../src/ingest/html-bounds.js";
import { extractHtml } from "../../src/ingest/html.js";
import { articleFromRecord, MAX_ARTICLE_CHARS } from "../../src/ingest/record.js";

const STORY = "A fire destroyed three warehouses in the port of Valdora on Sunday night, the fire brigade said. ".repeat(6);

function nested(depth: number, tag = "div"): string {
  return `<html><head><title>Warehouse fire</title></head><body>${`<${tag}>`.repeat(depth)}<p>${STORY}</p>${`</${tag}>`.repeat(depth)}</body></html>`;
}

/** Deepest element nesting of a parsed page, measured without recursion. */
function parsedDepth(html: string): number {
  const doc = parseHTML(html).document as unknown as Document;
  let max = 0;
  const stack: Array<[Element, number]> = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return max;
}

describe("reading a page's date", () => {
  it("reads each element's text a bounded number of times on a page of thousands of short inline elements", () => {
    // 20,000 "<span><b><i>w1994</i></b></span>": year-like words in short nodes under one parent. Each
    // short date-like node used to read the parent's whole text: the square of the page.
    const page = `<html><head><title>Long list</title></head><body><article><p>${STORY}</p>${Array.from({ length: 20_000 }, (_, i) => `<span><b><i>w${1900 + (i % 200)}</i></b></span>`).join(" ")}</article></body></html>`;
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(parseHTML("<p></p>").document.querySelector("p")!)) as object;
    let owner: object | null = proto;
    while (owner && !Object.getOwnPropertyDescriptor(owner, "textContent")) owner = Object.getPrototypeOf(owner) as object | null;
    const d = Object.getOwnPropertyDescriptor(owner!, "textContent")!;
    let read = 0;
    Object.defineProperty(owner!, "textContent", { ...d, get(this: unknown) { const t = d.get!.call(this) as string; read += t?.length ?? 0; return t; } });
    try {
      extractHtml(page);
    } finally {
      Object.defineProperty(owner!, "textContent", d);
    }
    // Linear in the page (≈ 200k characters of text), far below the 20,000 × 200k a quadratic walk reads.
    expect(read).toBeLessThan(200 * page.length);
  }, 30_000); // counts reads, not time: a loaded machine may take longer than the default 5 s to parse 20,000 elements
});

describe("boundHtml", () => {
  it("leaves a real page's markup untouched", () => {
    const page = `<html><head><title>T</title><script>if (a < b) document.write("<div><div><div>")</script></head>
      <body><article><h1>Headline</h1><p>One <b>bold</b> paragraph<p>an unclosed one<ul><li>a<li>b</ul>
      <img src=x><br/><!-- <div> in a comment --></article></body></html>`;
    expect(boundHtml(page)).toEqual({ html: page, flattened: 0, truncated: false });
  });

  it("flattens elements nested past the limit, keeping their text", () => {
    const b = boundHtml(nested(100_000));
    expect(b.flattened).toBe(100_000 - MAX_HTML_DEPTH);
    expect(b.truncated).toBe(false);
    expect(b.html).toContain(STORY);
    expect(parsedDepth(b.html)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 4);
  });

  it("drops the end tags of exactly the elements it flattened", () => {
    const b = boundHtml("<div><div><div><span>x</span></div></div></div><p>after</p>", 2);
    expect(b.html).toBe("<div><div>x</div></div><p>after</p>");
  });

  it("cuts a page at the element limit", () => {
    const b = boundHtml(`<html><body>${"<span>w</span>".repeat(50)}</body></html>`, 10, 20);
    expect(b.truncated).toBe(true);
    expect((b.html.match(/<span>/g) ?? []).length).toBe(18); // html and body count as elements
  });
});

describe("extractHtml on hostile pages", () => {
  it.each([5_000, 100_000])("reads the text of a page nested %i elements deep instead of overflowing", (depth) => {
    const page = extractHtml(nested(depth));
    expect(page.title).toBe("Warehouse fire");
    expect(page.text).toContain("A fire destroyed three warehouses");
  });
});

describe("feeds that declare entities", () => {
  const rss = (doctype: string) =>
    `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>T</title><item><title>&e;</title><link>https://example.org/a</link><description>x</description></item></channel></rss>`;

  it.each([
    ["an external entity", `<!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>`],
    ["an oversized entity", `<!DOCTYPE rss [<!ENTITY e "${"x".repeat(200_000)}">]>`],
    ["nested entities", `<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY e "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`],
  ])("refuses %s with a message naming the feed", (_name, doctype) => {
    let err: unknown;
    try {
      parseFeed(rss(doctype), "https://feeds.example.org/news.xml");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe("https://feeds.example.org/news.xml");
    expect((err as InputError).problem).toMatch(/declares its own XML entities/);
  });

  it("still reads a feed with a DOCTYPE that declares no entities", () => {
    const feed = parseFeed(rss(`<!DOCTYPE rss>`).replace("&e;", "Item"), "f");
    expect(feed.items).toHaveLength(1);
  });
});

describe("the per-article text limit", () => {
  it("refuses an article past the limit from any source, naming the input and the fix", () => {
    const text = `Title\n${"The fire burned three houses on Main Street. ".repeat(Math.ceil(MAX_ARTICLE_CHARS / 45) + 10)}`;
    expect(() => articleFromRecord("big.txt", { text })).toThrow(/big\.txt|one article may have at most 300,000/);
    try {
      articleFromRecord("big.txt", { text });
    } catch (e) {
      expect((e as InputError).input).toBe("big.txt");
      expect((e as InputError).problem).toMatch(/split it into articles/);
    }
    expect(articleFromRecord("ok.txt", { text: text.slice(0, MAX_ARTICLE_CHARS) }).text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
  });

  it("analyzes the good inputs beside a hostile page and an oversized file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-hostile-"));
    writeFileSync(join(dir, "deep.html"), nested(100_000));
    writeFileSync(join(dir, "huge.txt"), `Huge\n${"word ".repeat(100_000)}`);
    writeFileSync(join(dir, "good.txt"), `Fire in Valdora\n${STORY}`);
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd: dir, env: {}, now: () => new Date("2026-01-01T00:00:00Z") };
    expect(await main(["analyze", dir, "--format", "json"], io)).toBe(0);
    const report = JSON.parse(out.join(""));
    expect(report.articles).toHaveLength(2);
    expect(err.join("")).toMatch(/huge\.txt: has 500,00\d characters of text/);
    expect(err.join("")).not.toMatch(/internal error|at .*\.ts:\d+/);
  });
});
