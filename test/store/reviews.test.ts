// Finding reviews in the store (migration 0008), on every backend: kept with who and when, the
// latest review of a finding replaces the earlier one, listed per story, latest first.
import { afterAll, describe, expect, it } from "vitest";
import type { FindingReview } from "../../src/store/store.js";
import { pgliteBackend, serverBackend } from "./backends.js";

for (const backend of [pgliteBackend(), serverBackend()]) {
  describe.skipIf(backend.skip !== null)(`finding reviews (${backend.name})`, () => {
    afterAll(() => backend.cleanup());

    it("keeps a review with who and when, replaces it on a second review, and lists a story's reviews latest first", async () => {
      const store = await backend.open();
      try {
        const base: FindingReview = { storyId: "s-1", fingerprint: "fp-a", findingId: "s-1-f1", state: "needs-work", note: "check the ministry's figure", reviewer: "Ayşe", reviewedAt: "2025-06-01T10:00:00.000Z" };
        await store.saveReview(base);
        await store.saveReview({ ...base, fingerprint: "fp-b", findingId: "s-1-f2", state: "dismissed", note: "", reviewedAt: "2025-06-01T11:00:00.000Z" });
        await store.saveReview({ ...base, storyId: "s-2", fingerprint: "fp-a" });
        await store.saveReview({ ...base, state: "confirmed", note: "ministry confirms 390", reviewer: "Jonas", reviewedAt: "2025-06-01T12:00:00.000Z" });
        const reviews = await store.listReviews("s-1");
        expect(reviews.map((r) => [r.fingerprint, r.state, r.reviewer, r.note, r.reviewedAt])).toEqual([
          ["fp-a", "confirmed", "Jonas", "ministry confirms 390", "2025-06-01T12:00:00.000Z"],
          ["fp-b", "dismissed", "Ayşe", "", "2025-06-01T11:00:00.000Z"],
        ]);
        expect(await store.listReviews("s-2")).toHaveLength(1);
        expect(await store.listReviews("nope")).toEqual([]);
        expect(await store.check()).toEqual([]);
      } finally {
        await store.close();
      }
    }, 60_000);
  });
}
