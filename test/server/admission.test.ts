// The analysis line (admission.ts) and the client key behind a proxy, in-process: a burst waits
// for a slot instead of being refused, the line is bounded, a wait times out; X-Forwarded-For
// is believed only with trustProxy.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/domain/report.js";
import type { Analyzer } from "../../src/server/analyzer.js";
import { createApp } from "../../src/server/app.js";
import type { SetTimer } from "../../src/server/admission.js";
import { baseDeps, jsonPost } from "./helpers.js";

/** An analyzer whose runs finish only when the test says so. */
function heldAnalyzer(): { analyzer: Analyzer; started: () => number; finishOne: () => void } {
  const held: (() => void)[] = [];
  let started = 0;
  const analyzer: Analyzer = (articles, generatedAt) => {
    started++;
    return new Promise<Report>((resolve) => held.push(() => resolve({ version: 1, generatedAt, articles: [...articles], stories: [] })));
  };
  return { analyzer, started: () => started, finishOne: () => held.shift()?.() };
}

/** Timers the test fires by hand. */
function manualTimers(): { setTimer: SetTimer; pending: () => number; fireAll: () => void } {
  const timers = new Set<() => void>();
  const setTimer: SetTimer = (fire) => {
    const t = () => (timers.delete(t), fire());
    timers.add(t);
    return () => timers.delete(t);
  };
  return { setTimer, pending: () => timers.size, fireAll: () => [...timers].forEach((t) => t()) };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setImmediate(r));
  expect(cond()).toBe(true);
}

const body = (id: string) => jsonPost({ articles: [{ id, text: `Article ${id}.` }] });

describe("the analysis line", () => {
  it("lets a burst wait for the one slot and answers every request 200, in arrival order", async () => {
    const held = heldAnalyzer();
    const timers = manualTimers();
    const app = createApp(baseDeps({ analyzer: held.analyzer, analysisSlots: 1, analysisQueue: 3, setTimer: timers.setTimer }));
    const answers = ["a", "b", "c", "d"].map((id) => app.request("/api/analyze", body(id)));
    await until(() => held.started() === 1 && timers.pending() === 3);
    for (let n = 1; n <= 4; n++) {
      held.finishOne();
      if (n < 4) await until(() => held.started() === n + 1);
    }
    const reports = await Promise.all(answers.map(async (r) => (await r).json() as Promise<Report>));
    expect(reports.map((r) => r.articles[0]?.sourceId)).toEqual(["a", "b", "c", "d"]);
    expect(timers.pending()).toBe(0);
  });

  it("refuses at once with 503 and Retry-After only when the line is full", async () => {
    const held = heldAnalyzer();
    const timers = manualTimers();
    const app = createApp(baseDeps({ analyzer: held.analyzer, analysisSlots: 1, analysisQueue: 1, setTimer: timers.setTimer }));
    const first = app.request("/api/analyze", body("a"));
    const second = app.request("/api/analyze", body("b"));
    await until(() => held.started() === 1 && timers.pending() === 1);
    const third = await app.request("/api/analyze", body("c"));
    expect(third.status).toBe(503);
    expect(third.headers.get("Retry-After")).toBe("1");
    expect(((await third.json()) as { error: string }).error).toMatch(/^busy: .*retry shortly/);
    held.finishOne();
    await until(() => held.started() === 2);
    held.finishOne();
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
  });

  it("refuses a request that waited its time out with 503, and the slot's holder still finishes", async () => {
    const held = heldAnalyzer();
    const timers = manualTimers();
    const app = createApp(baseDeps({ analyzer: held.analyzer, analysisSlots: 1, analysisQueue: 4, analysisTimeoutMs: 5000, setTimer: timers.setTimer }));
    const first = app.request("/api/analyze", body("a"));
    const second = app.request("/api/analyze", body("b"));
    await until(() => held.started() === 1 && timers.pending() === 1);
    timers.fireAll();
    const late = await second;
    expect(late.status).toBe(503);
    expect(((await late.json()) as { error: string }).error).toMatch(/waited 5 s for one of 1 analysis slots/);
    held.finishOne();
    expect((await first).status).toBe(200);
    expect(held.started()).toBe(1);
    // the line is empty again: the next request runs at once
    const next = app.request("/api/analyze", body("c"));
    await until(() => held.started() === 2);
    held.finishOne();
    expect((await next).status).toBe(200);
  });
});

describe("X-Forwarded-For", () => {
  const get = (app: ReturnType<typeof createApp>, xff: string) => app.request("/api/info", { headers: { "X-Forwarded-For": xff } });

  it("is ignored by default: a client cannot pick its own rate-limit bucket", async () => {
    const app = createApp(baseDeps({ rateLimit: { burst: 1, perSecond: 0.001 } }));
    expect((await get(app, "198.51.100.1")).status).toBe(200);
    expect((await get(app, "198.51.100.2")).status).toBe(429);
  });

  it("with trustProxy, gives each client behind the proxy its own bucket, keyed by the entry the proxy added", async () => {
    const app = createApp(baseDeps({ rateLimit: { burst: 1, perSecond: 0.001 }, trustProxy: true }));
    expect((await get(app, "198.51.100.1")).status).toBe(200);
    expect((await get(app, "198.51.100.2")).status).toBe(200);
    expect((await get(app, "198.51.100.1")).status).toBe(429);
    // what the client wrote before the proxy's entry does not change its bucket
    expect((await get(app, "203.0.113.9, 198.51.100.2")).status).toBe(429);
    expect((await get(app, "2001:DB8::7")).status).toBe(200);
    expect((await get(app, "2001:db8::7")).status).toBe(429);
  });

  it("with trustProxy, falls back to the socket's address for a missing or malformed header", async () => {
    const app = createApp(baseDeps({ rateLimit: { burst: 1, perSecond: 0.001 }, trustProxy: true }));
    expect((await app.request("/api/info")).status).toBe(200);
    expect((await get(app, "not an address")).status).toBe(429);
  });
});
