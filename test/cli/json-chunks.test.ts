// The JSON report written in pieces (analyze --out, the default report file) must be byte-for-byte the
// report `render` gives whole, and a failed write must leave the previous report file untouched.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeChunks } from "../../src/cli/write-report.js";
import { jsonChunks, jsonChunksAsync, jsonElement, render, renderChunks } from "../../src/report/render/index.js";
import { analyzeFolder } from "../golden/golden.js";

describe("the JSON report in pieces", () => {
  it("joins to exactly the whole report for the seeds", () => {
    const report = analyzeFolder("examples/istanbul-2025");
    const chunks = [...renderChunks(report, "json")];
    expect(chunks.join("")).toBe(render(report, "json"));
    expect(chunks.length).toBeGreaterThan(report.articles.length);
  }, 60_000);
  it("matches JSON.stringify on empty arrays, nulls, undefined fields and nested objects", () => {
    const odd = { version: 1, a: [], b: null, c: undefined, d: [{ x: [1, { y: "z\n\"q\"" }], e: {} }, null, "s"], f: { g: [] }, h: "end" };
    expect([...jsonChunks(odd)].join("")).toBe(JSON.stringify(odd, null, 2) + "\n");
    expect([...jsonChunks({})].join("")).toBe(JSON.stringify({}, null, 2) + "\n");
  });
  it("renders one array element as JSON.stringify indents it inside the top-level array", () => {
    const indented = (x: unknown) => `    ${(JSON.stringify(x, null, 2) ?? "null").replace(/\n/g, "\n    ")}`;
    for (const x of [{ x: [1, { y: "z\n\"q\" ’é" }], e: {}, u: undefined }, [], {}, [[]], null, undefined, 0, -1.5e-7, "a\nb", () => 1, { d: new Date(0) }]) {
      expect(jsonElement(x)).toBe(indented(x));
    }
  });
  it("gives the same bytes when an array's elements come rendered, later and one by one", async () => {
    const odd = { version: 1, a: [], d: [{ x: [1, { y: "z\n\"q\" ’é" }], e: {} }, null, "s"], f: { g: [] }, h: "end" };
    // As text, or as UTF-8 bytes (the threads send those).
    async function* later(xs: readonly unknown[]): AsyncGenerator<string | Uint8Array> {
      for (const [i, x] of xs.entries()) { await new Promise(setImmediate); yield i % 2 === 0 ? jsonElement(x) : new TextEncoder().encode(jsonElement(x)); }
    }
    const chunks: string[] = [];
    const value = { ...odd, a: { rendered: true, length: 0, elements: later([]) }, d: { rendered: true, length: 3, elements: later(odd.d) } };
    for await (const c of jsonChunksAsync(value)) chunks.push(typeof c === "string" ? c : new TextDecoder().decode(c));
    expect(chunks.join("")).toBe(JSON.stringify(odd, null, 2) + "\n");
  });
  it("writes the chunks that are ready at once, without waiting for the event loop to turn (a busy thread turns it rarely)", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "tri-write-")), "r.json");
    let turns = 0, spinning = true;
    const spin = () => { if (spinning) { turns++; setImmediate(spin); } };
    let first = -1, last = -1;
    async function* ready(): AsyncGenerator<string | Uint8Array> {
      first = turns;
      for (let i = 0; i < 200; i++) yield i % 2 === 0 ? new TextEncoder().encode(`${i}\n`) : `${i}\n`;
      last = turns;
    }
    setImmediate(spin);
    await writeChunks(path, ready());
    spinning = false;
    expect(last - first).toBeLessThanOrEqual(1);
    expect(readFileSync(path, "utf8")).toBe(Array.from({ length: 200 }, (_, i) => `${i}\n`).join(""));
  });
  it("writes the file whole, and keeps the previous file when the writing fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-write-"));
    const path = join(dir, "r.json");
    await writeChunks(path, ["{", "\"a\": 1", "}\n"]);
    expect(readFileSync(path, "utf8")).toBe("{\"a\": 1}\n");
    writeFileSync(path, "previous\n");
    function* failing(): Generator<string> { yield "{"; throw new Error("disk full"); }
    await expect(writeChunks(path, failing())).rejects.toThrow("disk full");
    expect(readFileSync(path, "utf8")).toBe("previous\n");
  });
});
