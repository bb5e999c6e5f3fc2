// A live worker keeps the jobs it is slow on (it renews their leases); a lease nobody renews ends.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { drainQueue } from "../../src/cli/commands/worker.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

describe("job leases", () => {
  it("stay with a worker busy on a job for many times its lease, and the job completes once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tri-lease-"));
    dirs.push(dir);
    const store = await openStore({ db: dir });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    // The analysis of this story takes as long as the test says (its load waits on the gate).
    // The gate: the test goes on once the worker has renewed its lease fifteen times.
    let renewals = 0;
    let renewed!: () => void;
    const fifteenRenewals = new Promise<void>((r) => (renewed = r));
    const slow: Store = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "getStory") return async () => { started(); await gate; return null; };
        if (prop === "renew") {
          return async (...args: Parameters<Store["renew"]>) => {
            const n = await target.renew(...args);
            if (++renewals === 15) renewed();
            return n;
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
    await store.enqueue([{ kind: "analyze", key: "analyze:slow", payload: { storyId: "slow" } }]);
    const work = drainQueue(slow, { workerId: "busy", leaseMs: 150, idleMs: 0, now: () => new Date() });
    await running;
    await fifteenRenewals; // every third of a lease: five leases
    expect(await store.claim("other", { kind: "analyze", limit: 1 })).toEqual([]);
    release();
    expect(await work).toEqual({ done: 1, failed: 0 });
    await store.close();
  }, 30_000);
});
