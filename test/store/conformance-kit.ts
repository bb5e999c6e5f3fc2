// What the store conformance suites share: each suite (conformance-articles, -stories, -jobs,
// -feeds) checks one narrow interface of store/store.ts, on every backend, against one store it
// opens for the whole suite. A suite's tests hold that store as their own interface; what they
// need of another part they take as a second, separately typed handle to the same store.
import { afterAll, beforeAll, describe } from "vitest";
import type { Article } from "../../src/domain/article.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import type { JobSpec, Store } from "../../src/store/store.js";
import { backends, type Backend } from "./backends.js";

let n = 0;
/** A new article with this text (ids are unique within a test process). */
export function art(text: string, extra: { url?: string; title?: string } = {}): Article {
  return articleFromRecord(`t${n++}`, { text, ...extra });
}

/** The label made unique, so suites sharing a server database see only their own rows. */
export const uniq = (label: string) => `${label} ${Math.random().toString(36).slice(2)}`;

/** The job ingest queues for an article: its story assignment. */
export const assignJobs = (a: Article): JobSpec[] => [{ kind: "assign", key: `assign:${a.id}`, payload: { articleId: a.id } }];

/** A repeatable pseudo-random sequence in [0, 1), for test inputs that should not depend on the run. */
export function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/**
 * Declares the suite `part` once per backend. `body` declares its tests and passes `onOpen` the
 * function that takes the opened store into the suite's narrowly typed variables.
 */
export function conformance(part: string, body: (backend: Backend, onOpen: (take: (store: Store) => void) => void) => void): void {
  for (const backend of backends()) {
    describe.skipIf(backend.skip !== null)(`${part} store on ${backend.name}`, () => {
      let store: Store | undefined;
      const takers: ((store: Store) => void)[] = [];
      beforeAll(async () => {
        store = await backend.open();
        for (const take of takers) take(store);
      }, 60_000);
      afterAll(async () => { await store?.close(); await backend.cleanup(); });
      body(backend, (take) => takers.push(take));
    });
  }
}
