// The terminal summary: --min-severity (info hidden by default, the report file keeps it) and
// quoted titles cut at a word boundary with "…".
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { io } from "./test-io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/domain/report.js";
import { clip, renderText } from "../../src/report/render/text.js";


const seeds = resolve("examples/istanbul-2025");

describe("--min-severity", () => {
  // two runs of the seeds shared by the tests (an analysis takes seconds on a loaded machine)
  let report: Report;
  let byDefault: string;
  let highOnly: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-sev-"));
    const t = io(dir);
    expect(await main(["analyze", seeds], t.io)).toBe(0);
    byDefault = t.out();
    report = JSON.parse(readFileSync(join(dir, "triangulate-report.json"), "utf8")) as Report;
    const high = io(dir);
    expect(await main(["analyze", seeds, "--min-severity", "high", "--out", "r.json"], high.io)).toBe(0);
    highOnly = high.out();
  }, 120_000);

  it("hides info findings in the terminal by default, says how many, and keeps them in the report file", () => {
    const info = report.stories.flatMap((s) => s.findings).filter((f) => f.severity === "info").length;
    expect(info).toBeGreaterThan(0);
    expect(byDefault).toMatch(/^ {2}HIGH /m);
    expect(byDefault).toMatch(/^ {2}LOW /m);
    expect(byDefault).not.toMatch(/^ {2}INFO /m);
    expect(byDefault).toMatch(/\(\d+ info findings? not shown; --min-severity info shows them, the report file has them all\)/);
    expect(renderText(report, { minSeverity: "info" }).match(/^ {2}INFO /gm)?.length).toBe(info);
  });

  it("--min-severity high prints only high findings (and --out files keep them all)", () => {
    expect(highOnly).toMatch(/^ {2}HIGH /m);
    expect(highOnly).not.toMatch(/^ {2}(MEDIUM|LOW|INFO) /m);
    expect(highOnly).toMatch(/medium\/low\/info findings? not shown; --min-severity info shows them/);
  });

  it("refuses an unknown severity (exit 2) naming the choices", async () => {
    const t = io();
    expect(await main(["analyze", seeds, "--min-severity", "severe"], t.io)).toBe(2);
    expect(t.err()).toContain('--min-severity must be one of high, medium, low, info, not "severe"');
  });
});

describe("clip", () => {
  it.each([
    ["Ukraine and Russia exchange 390 prisoners in the first stage", 40, "Ukraine and Russia exchange 390…"],
    ["Zelensky says: the exchange, agreed in Istanbul", 26, "Zelensky says: the…"],
    ["Istanbul talks, prisoners", 17, "Istanbul talks…"],
    ["short title", 11, "short title"],
    ["https://example.com/a/very/long/path", 20, "https://example.com…"],
    ["Flags 🇺🇦🇷🇺 at the talks", 9, "Flags…"],
    ["🇺🇦🇺🇦🇺🇦", 6, "🇺🇦…"], // a cut inside one long token never splits a surrogate pair
  ])("cuts %j at %i on a word boundary with …", (text, n, want) => {
    const got = clip(text, n);
    expect(got).toBe(want);
    expect(got.length).toBeLessThanOrEqual(n);
  });
});
