// Local inputs: every bad input is one clear problem naming the input; the rest are still read.
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPaths } from "../../src/ingest/files.js";

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "tri-ingest-"));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const story = "Quake hits coast\nA strong earthquake struck the coast on Monday, officials said.";

describe("reading local files", () => {
  it("reads a text file with its first line as the title", async () => {
    const dir = folder({ "a.txt": story });
    const { articles, problems } = await readPaths([join(dir, "a.txt")]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(["Quake hits coast"]);
    expect(articles[0]!.text.startsWith("Quake hits coast\nA strong")).toBe(true);
  });
  it("gives the same id to the same article read twice", async () => {
    const dir = folder({ "a.txt": story, "sub/b.txt": `${story}\r\n\r\n` });
    const { articles } = await readPaths([dir]);
    expect(articles).toHaveLength(2);
    expect(articles[0]!.id).toBe(articles[1]!.id);
  });
  it("reads JSONL, keeps the input's id as sourceId, and reports a malformed line by number", async () => {
    const dir = folder({ "x.jsonl": [JSON.stringify({ id: "n1", title: "T", text: "Body one.", publishedAt: "2025-05-23" }), "{not json", JSON.stringify({ id: "n3" }), ""].join("\n") });
    const { articles, problems } = await readPaths([join(dir, "x.jsonl")]);
    expect(articles.map((a) => [a.sourceId, a.title, a.publishedAt])).toEqual([["n1", "T", "2025-05-23"]]);
    expect(problems.map((p) => p.input.replace(dir, ""))).toEqual(["/x.jsonl line 2", "/x.jsonl line 3"]);
    expect(problems[1]!.message).toMatch(/^text: /);
  });
  it("reads an HTML page's main text and metadata", async () => {
    const html = `<html><head><title>Quake hits coast - Example News</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-03-03T10:00:00Z"></head><body><nav>Home | World</nav><article><h1>Quake hits coast</h1><p>A strong earthquake struck the coast on Monday, officials said, and rescuers worked through the night to reach trapped residents.</p><p>At least 12 people were killed, according to the interior ministry, which said the toll could still rise.</p></article><footer>© Example</footer></body></html>`;
    const dir = folder({ "p.html": html });
    const { articles, problems } = await readPaths([join(dir, "p.html")]);
    expect(problems).toEqual([]);
    expect(articles[0]!.outlet).toBe("Example News");
    expect(articles[0]!.publishedAt?.slice(0, 10)).toBe("2025-03-03");
    expect(articles[0]!.text).toContain("At least 12 people were killed");
    expect(articles[0]!.text).not.toContain("Home | World");
  });
  it("names each bad input and still reads the good one", async () => {
    const dir = folder({
      "good.txt": story,
      "empty.txt": "",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]),
      "nobody.html": "<html><head><title>x</title></head></html>",
    });
    const { articles, problems } = await readPaths([dir, join(dir, "missing.txt")]);
    expect(articles).toHaveLength(1);
    const msgs = Object.fromEntries(problems.map((p) => [p.input.replace(`${dir}/`, ""), p.message]));
    expect(msgs["empty.txt"]).toMatch(/is empty/);
    expect(msgs["binary.txt"]).toMatch(/binary/);
    expect(msgs["latin1.txt"]).toMatch(/not valid UTF-8/);
    expect(msgs["nobody.html"]).toMatch(/no article text/);
    expect(msgs["missing.txt"]).toMatch(/does not exist/);
  });
  it("refuses a single article file over the size limit with the limit in the message", async () => {
    const dir = folder({ "big.txt": "word ".repeat(11 * 1024 * 1024 / 5) });
    const { articles, problems } = await readPaths([join(dir, "big.txt")]);
    expect(articles).toEqual([]);
    expect(problems[0]!.message).toMatch(/at most 10 MB/);
  });
});

describe("reading odd encodings", () => {
  it("reads a JSONL file that starts with a byte-order mark", async () => {
    const dir = folder({ "bom.jsonl": `\uFEFF${JSON.stringify({ id: "a", text: "Body one." })}\r\n` });
    const { articles, problems } = await readPaths([join(dir, "bom.jsonl")]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.sourceId)).toEqual(["a"]);
  });
  it("drops control characters (a NUL cannot be stored) from a JSONL record's short fields", async () => {
    const dir = folder({ "nul.jsonl": JSON.stringify({ id: "x\u0000y", outlet: "Daily\u0000 News", byline: "\u0007Jo Roe", text: "Body one." }) });
    const { articles, problems } = await readPaths([join(dir, "nul.jsonl")]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.sourceId, a.outlet, a.byline])).toEqual([["x y", "Daily  News", "Jo Roe"]]);
  });

  it("reads UTF-16 text with or without a byte-order mark, and still calls a binary file binary", async () => {
    const be = Buffer.from(`\uFEFF${story}`, "utf16le").swap16();
    const dir = folder({
      "le-bom.txt": Buffer.from(`\uFEFF${story}`, "utf16le"),
      "le.txt": Buffer.from(story, "utf16le"),
      "be-bom.txt": be,
      "page.html": Buffer.from(`<html><head><title>Quake hits coast</title></head><body><article><p>${story.split("\n")[1]!.repeat(6)}</p></article></body></html>`, "utf16le"),
      "png.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    });
    const { articles, problems } = await readPaths([dir]);
    expect(articles.map((a) => a.title).sort()).toEqual(["Quake hits coast", "Quake hits coast", "Quake hits coast", "Quake hits coast"]);
    expect(articles.every((a) => a.text.includes("A strong earthquake struck the coast"))).toBe(true);
    expect(problems.map((p) => [p.input.split("/").pop(), p.message])).toEqual([["png.txt", "looks like a binary file, not text; give .txt, .md, .html or .jsonl"]]);
  });

  it("reads a linked file inside a folder and names a link it does not follow", async () => {
    const dir = folder({ "real/a.txt": story, "other/b.txt": story.replace("coast", "bay") });
    const links = join(dir, "links");
    mkdirSync(links);
    symlinkSync(join(dir, "real", "a.txt"), join(links, "a.txt"));
    symlinkSync(join(dir, "other"), join(links, "folder"));
    symlinkSync(join(dir, "nowhere.txt"), join(links, "broken.txt"));
    const { articles, problems } = await readPaths([links]);
    expect(articles.map((a) => a.title)).toEqual(["Quake hits coast"]);
    expect(problems.map((p) => [p.input.split("/").pop(), p.message.split(" (")[0]])).toEqual([
      ["broken.txt", "is a broken link"],
      ["folder", "is a link to a folder, which is not followed inside a folder"],
    ]);
  });
  it("rejects a JSONL line whose url is not http(s) or whose date is not a date, naming the field", async () => {
    const dir = folder({ "x.jsonl": [JSON.stringify({ text: "Body.", url: "javascript:alert(1)" }), JSON.stringify({ text: "Body two.", publishedAt: "not a date" })].join("\n") });
    const { articles, problems } = await readPaths([join(dir, "x.jsonl")]);
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message.split(":")[0])).toEqual(["url", "publishedAt"]);
  });
});
