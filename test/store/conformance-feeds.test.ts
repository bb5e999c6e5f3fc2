// Conformance of FeedStore (what `watch` remembers of each feed between polls), on every backend.
import { expect, it } from "vitest";
import type { FeedStore } from "../../src/store/store.js";
import { conformance, uniq } from "./conformance-kit.js";

conformance("feeds", (_backend, onOpen) => {
  let store: FeedStore;
  onOpen((s) => { store = s; });

  it("remembers a feed's validators", async () => {
    const url = `https://feeds.example/${uniq("f").replace(" ", "")}`;
    expect(await store.getFeedState(url)).toBeNull();
    await store.saveFeedState({ url, etag: '"v1"', lastModified: "Mon, 01 Jan 2024 00:00:00 GMT", checkedAt: "2024-01-01T00:00:00.000Z" });
    expect(await store.getFeedState(url)).toEqual({ url, etag: '"v1"', lastModified: "Mon, 01 Jan 2024 00:00:00 GMT", checkedAt: "2024-01-01T00:00:00.000Z" });
  });
});
