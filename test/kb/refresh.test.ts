import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKb } from "../../src/kb/load.js";
import { refreshKb, USER_AGENT } from "../../src/kb/refresh.js";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/kb", name), "utf8");
const FIXTURES: Record<string, string> = { Q212: "wikidata-ukraine.json", Q30: "wikidata-united-states.json" };

/** A fetch that answers from the recorded files, after `failures` failing answers per call site. */
function recordedFetch(failures: (country: string, attempt: number) => Response | Error | null = () => null) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const attempts = new Map<string, number>();
  const fake = (async (url: string | URL, init?: RequestInit) => {
    const q = decodeURIComponent(String(url)).match(/wd:(Q\d+) wdt:P1906/)?.[1] ?? "";
    calls.push({ url: String(url), headers: init?.headers as Record<string, string> });
    const n = (attempts.get(q) ?? 0) + 1;
    attempts.set(q, n);
    const fail = failures(q, n);
    if (fail instanceof Error) throw fail;
    if (fail) return fail;
    return new Response(fixture(FIXTURES[q]!), { status: 200, headers: { "content-type": "application/sparql-results+json" } });
  }) as typeof fetch;
  return { fake, calls };
}

const base = { countries: ["Ukraine", "United States"], log: () => {}, sleep: async () => {}, now: () => new Date("2025-09-01T12:00:00Z") };

describe("kb refresh from Wikidata", () => {
  it("writes a snapshot that loads and knows the July 2025 reshuffle", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "kb-refresh-"));
    const { fake, calls } = recordedFetch();
    const res = await refreshKb({ ...base, fetch: fake, outDir });
    expect(res.terms).toBe(11); // 5 Ukrainian + 6 US terms; the unlabelled item and the oblast governor are skipped
    expect(calls[0]!.headers["user-agent"]).toBe(USER_AGENT);
    const kb = loadKb({ dir: outDir });
    expect(kb.asOf).toBe("2025-09-01");
    expect(kb.holders("Ukraine", "defence minister", "2025-08-01").map((t) => t.person)).toEqual(["Denys Shmyhal"]);
    expect(kb.holders("United States", "secretary of state", "2025-08-01").map((t) => t.person)).toEqual(["Marco Rubio"]);
    expect(readdirSync(outDir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("retries a rate-limited query with backoff and then succeeds", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "kb-refresh-"));
    const waits: number[] = [];
    const { fake } = recordedFetch((q, n) => (q === "Q30" && n <= 2 ? new Response("slow down", { status: 429 }) : null));
    await refreshKb({ ...base, fetch: fake, outDir, sleep: async (ms) => { waits.push(ms); } });
    expect(waits).toEqual([1000, 2000]);
  });

  it("keeps the previous snapshot when a query fails midway", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "kb-refresh-"));
    writeFileSync(path.join(outDir, "officeholders.json"), "previous snapshot");
    const { fake } = recordedFetch((q) => (q === "Q30" ? new Response("oops", { status: 503 }) : null));
    await expect(refreshKb({ ...base, fetch: fake, outDir })).rejects.toThrow(/United States: HTTP 503 after 4 attempts.*existing snapshot is unchanged/);
    expect(readFileSync(path.join(outDir, "officeholders.json"), "utf8")).toBe("previous snapshot");
  });

  it("keeps the previous snapshot when an answer is cut off", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "kb-refresh-"));
    writeFileSync(path.join(outDir, "officeholders.json"), "previous snapshot");
    const { fake } = recordedFetch((q) => (q === "Q212" ? new Response(fixture("wikidata-ukraine.json").slice(0, 300), { status: 200 }) : null));
    await expect(refreshKb({ ...base, fetch: fake, outDir })).rejects.toThrow(/cut off/);
    expect(readFileSync(path.join(outDir, "officeholders.json"), "utf8")).toBe("previous snapshot");
  });

  it("fails with a clear message when offline", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "kb-refresh-"));
    const offline = new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } });
    const { fake } = recordedFetch(() => offline);
    await expect(refreshKb({ ...base, fetch: fake, outDir })).rejects.toThrow(/cannot reach https:\/\/query\.wikidata\.org\/sparql \(ENOTFOUND\).*Are you offline\?/);
    expect(existsSync(path.join(outDir, "officeholders.json"))).toBe(false);
  });

  it("refuses a country the kb does not name", async () => {
    const { fake } = recordedFetch();
    await expect(refreshKb({ ...base, countries: ["Narnia"], fetch: fake, outDir: tmpdir() })).rejects.toThrow(/unknown countries: Narnia/);
  });
});
