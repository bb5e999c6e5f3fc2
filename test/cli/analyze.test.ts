// The CLI end to end, in process: exit codes, formats, files, and errors without stack traces.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { io } from "./test-io.js";


const seeds = resolve("examples/istanbul-2025");

describe("triangulate analyze", () => {
  it("prints a readable summary and writes the JSON report by default", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-cli-"));
    const t = io(dir);
    expect(await main(["analyze", seeds], t.io)).toBe(0);
    expect(t.out()).toMatch(/^Triangulate: 5 articles/);
    expect(t.out()).toContain("HIGH");
    const report = JSON.parse(readFileSync(join(dir, "triangulate-report.json"), "utf8"));
    expect(report.version).toBe(1);
  }, 30_000); // the file's first analysis loads the language model and the kb: 3.6 s alone, over 5 s on a loaded machine
  it("prints the report contract with --format json", async () => {
    const t = io();
    expect(await main(["analyze", seeds, "--format", "json"], t.io)).toBe(0);
    expect(JSON.parse(t.out()).articles).toHaveLength(5);
  });
  it("gives the same report with --threads 2, and refuses a thread count that is not a number", async () => {
    const one = io(), two = io();
    expect(await main(["analyze", seeds, "--format", "json"], one.io)).toBe(0);
    expect(await main(["analyze", seeds, "--format", "json", "--threads", "2"], two.io)).toBe(0);
    expect(two.out()).toBe(one.out());
    const bad = io();
    expect(await main(["analyze", seeds, "--threads", "many"], bad.io)).toBe(2);
    expect(bad.err()).toContain("--threads must be a whole number");
  });
  it("writes markdown and html by extension with --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-cli-"));
    for (const [file, marker] of [["r.md", "# Triangulate report"], ["r.html", "<!doctype html>"]] as const) {
      const t = io(dir);
      expect(await main(["analyze", seeds, "--out", file], t.io)).toBe(0);
      expect(readFileSync(join(dir, file), "utf8").startsWith(marker)).toBe(true);
    }
  });
  it("escapes article text in the html report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-cli-"));
    writeFileSync(join(dir, "x.txt"), "Evil <script>alert(1)</script>\nText with <img src=x onerror=alert(2)> inside.");
    const t = io(dir);
    expect(await main(["analyze", "x.txt", "--format", "html"], t.io)).toBe(0);
    expect(t.out()).not.toContain("<script>alert");
    expect(t.out()).not.toContain("<img src=x");
    expect(t.out()).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
  it("exits 2 with a one-line error when nothing can be read", async () => {
    const t = io();
    expect(await main(["analyze", "no/such/file.txt"], t.io)).toBe(2);
    expect(t.err()).toContain("no/such/file.txt: does not exist");
    expect(t.err()).not.toMatch(/\n\s+at /);
  });
  it("exits 2 on an unknown format and shows the usage", async () => {
    const t = io();
    expect(await main(["analyze", seeds, "--format", "pdf"], t.io)).toBe(2);
    expect(t.err()).toContain('unknown format "pdf"');
  });
  it("prints help with the command list", async () => {
    const t = io();
    expect(await main(["--help"], t.io)).toBe(0);
    expect(t.out()).toContain("analyze");
  });
});

describe("triangulate analyze on bad paths and schemes", () => {
  it("refuses an --out folder that does not exist before analyzing", async () => {
    const t = io();
    expect(await main(["analyze", seeds, "--out", "no/such/dir/r.json"], t.io)).toBe(2);
    expect(t.err()).toContain("no/such/dir/r.json: cannot be written");
  });
  it("refuses file: and ftp: inputs by name instead of reading them as paths", async () => {
    const t = io();
    expect(await main(["analyze", "file:///etc/passwd", "ftp://example.org/x"], t.io)).toBe(2);
    expect(t.err()).toContain("file:///etc/passwd: only http(s) URLs can be fetched");
    expect(t.err()).toContain("ftp://example.org/x: only http(s) URLs can be fetched");
  });
  it("escapes markup in ClaimReview JSON-LD so it cannot close a script block", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-cli-"));
    const body = "Officials said 12 people were killed in the blast </script><script>alert(1)</script> on Monday.";
    writeFileSync(join(dir, "a.txt"), `Blast\n${body}`);
    writeFileSync(join(dir, "b.txt"), `Blast kills\n${body.replace("12 people", "40 people")} Police confirmed it.`);
    writeFileSync(join(dir, "c.txt"), `Blast toll\n${body} Rescuers said so.`);
    const t = io(dir);
    expect(await main(["analyze", "a.txt", "b.txt", "c.txt", "--format", "claimreview"], t.io)).toBe(0);
    expect(t.out()).not.toMatch(/<\/?script/i);
    expect(JSON.parse(t.out())["@context"]).toBe("https://schema.org");
  });
});
