// Conformance of JobQueue (claims, leases, retries, requeues, delays), on every backend.
import { expect, it } from "vitest";
import type { JobQueue, StoryStore } from "../../src/store/store.js";
import { conformance, uniq } from "./conformance-kit.js";

conformance("jobs", (_backend, onOpen) => {
  let store: JobQueue;
  /** The store's counts (a StoryStore method): how many jobs are queued or failed. */
  let tally: Pick<StoryStore, "counts">;
  onOpen((s) => { store = s; tally = s; });

  it("hands each job to one worker and completes it once", async () => {
    const key = uniq("job");
    await store.enqueue([{ kind: "test", key, payload: { x: 1 } }]);
    const mine = (await store.claim("w1", { limit: 100 })).filter((j) => j.key === key);
    const theirs = (await store.claim("w2", { limit: 100 })).filter((j) => j.key === key);
    expect(mine.length).toBe(1);
    expect(theirs.length).toBe(0);
    expect(mine[0]!.payload).toEqual({ x: 1 });
    expect(await store.complete(mine[0]!, "w1")).toBe(true);
    expect(await store.complete(mine[0]!, "w1")).toBe(false);
  });

  it("gives a job whose worker died to another worker once the lease runs out", async () => {
    const key = uniq("lost");
    await store.enqueue([{ kind: "test", key, payload: {} }]);
    // A lease that ran out already (negative): no waiting on the clock, the same expiry path.
    const lost = (await store.claim("dead", { limit: 100, leaseMs: -60_000 })).find((j) => j.key === key)!;
    const retried = (await store.claim("alive", { limit: 100 })).find((j) => j.key === key)!;
    expect(retried.id).toBe(lost.id);
    expect(retried.attempts).toBe(2);
    expect(await store.complete(lost, "dead")).toBe(false);
    expect(await store.complete(retried, "alive")).toBe(true);
  });

  it("keeps a job with the worker that renews its lease, and only with that worker", async () => {
    // The lease is claimed already run out: without the renewal another worker would take the job now.
    const kind = uniq("renew").replace(" ", "-");
    await store.enqueue([{ kind, key: `${kind}:1`, payload: {} }]);
    const [job] = await store.claim("live", { kind, limit: 1, leaseMs: -1000 });
    expect(await store.renew([job!.id], "someone-else", 60_000)).toBe(0);
    expect(await store.renew([job!.id], "live", 60_000)).toBe(1);
    expect(await store.claim("other", { kind, limit: 1 })).toEqual([]);
    expect(await store.complete(job!, "live")).toBe(true);
    expect(await store.renew([job!.id], "live", 60_000)).toBe(0); // done: nothing to renew
    // Unrenewed, a lease ends: the job is another worker's (renewing it then does nothing).
    await store.enqueue([{ kind, key: `${kind}:2`, payload: {} }]);
    const [dead] = await store.claim("dead", { kind, limit: 1, leaseMs: -1000 });
    const [taken] = await store.claim("other", { kind, limit: 1 });
    expect(taken!.id).toBe(dead!.id);
    expect(await store.renew([dead!.id], "dead", 60_000)).toBe(0);
  });

  it("retries the jobs of a lost batch one at a time, so only the one that kills its worker fails", async () => {
    // A worker that dies (out of memory on one article) loses every job it held; leases are set
    // in the past, so a lost job is claimable at once, without waiting.
    const kind = uniq("poison").replace(" ", "-");
    const keys = Array.from({ length: 5 }, (_, i) => `${kind}:${i}`);
    const poison = keys[2]!;
    await store.enqueue(keys.map((key) => ({ kind, key, payload: {} })));
    expect((await store.claim("w0", { kind, limit: 5, leaseMs: -1000 })).length).toBe(5);
    const done: string[] = [];
    for (let round = 0; round < 20; round++) {
      const jobs = await store.claim(`w${round + 1}`, { kind, limit: 5, leaseMs: -1000 });
      if (jobs.length === 0) break;
      expect(jobs.length).toBe(1);
      // The poison job's worker dies again (the job is left running); the others complete.
      if (jobs[0]!.key !== poison) {
        expect(await store.complete(jobs[0]!, `w${round + 1}`)).toBe(true);
        done.push(jobs[0]!.key);
      }
    }
    expect(done.sort()).toEqual(keys.filter((k) => k !== poison));
    const failed = (await store.failedJobs()).filter((j) => j.kind === kind);
    expect(failed.map((j) => j.key)).toEqual([poison]);
    expect(failed[0]!.error).toMatch(/worker was lost/);
    expect((await tally.counts()).failed).toBeGreaterThanOrEqual(1);
    expect(await store.requeueFailed([poison])).toBe(1);
    expect((await store.claim("w", { kind, limit: 5 })).map((j) => [j.key, j.attempts])).toEqual([[poison, 1]]);
  });

  it("puts a failed job back in the queue for a later attempt", async () => {
    const key = uniq("fail");
    await store.enqueue([{ kind: "test", key, payload: {} }]);
    const job = (await store.claim("w", { limit: 100 })).find((j) => j.key === key)!;
    const before = (await tally.counts()).queued;
    await store.fail(job, "w", "boom");
    expect((await tally.counts()).queued).toBe(before);
    expect((await store.claim("w", { limit: 100 })).find((j) => j.key === key)).toBeUndefined();
  });

  it("runs a requeued job again after the current run, and does not rerun plain duplicates", async () => {
    const key = uniq("re");
    await store.enqueue([{ kind: "test", key, payload: { v: 1 }, requeue: true }]);
    const job = (await store.claim("w", { limit: 100 })).find((j) => j.key === key)!;
    await store.enqueue([{ kind: "test", key, payload: { v: 2 }, requeue: true }]);
    await store.enqueue([{ kind: "test", key, payload: { v: 3 } }]);
    expect(await store.complete(job, "w")).toBe(true);
    const again = (await store.claim("w", { limit: 100 })).find((j) => j.key === key)!;
    expect(again.payload).toEqual({ v: 2 });
    expect(await store.complete(again, "w")).toBe(true);
    expect((await store.claim("w", { limit: 100 })).find((j) => j.key === key)).toBeUndefined();
  });

  it("holds a delayed job back until its time", async () => {
    // Times on either side of the database's clock, so the test waits on nothing.
    const later = uniq("later"), due = uniq("due");
    await store.enqueue([{ kind: "test", key: later, payload: {}, delayMs: 60_000 }, { kind: "test", key: due, payload: {}, delayMs: -60_000 }]);
    const claimed = await store.claim("w", { limit: 100 });
    expect(claimed.find((j) => j.key === later)).toBeUndefined();
    const job = claimed.find((j) => j.key === due);
    expect(job).toBeDefined();
    await store.complete(job!, "w");
  });
});
