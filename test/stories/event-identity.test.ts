// A day long past that only a report's body names tells of an earlier event of the same kind ("On June 2, 2014, a man
// was stabbed outside the same bar"), not of this report's event: its time frame does not reach back to it, so a
// look-alike report of two years before is not joined through it. A lead that names the day (a trial) still reaches
// back. None of these events is from an eval set.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const dayOf = (iso: string) => eventFeatures(docOf("x", "y", iso)).published!;

describe("stories: a day long past that only the body names", () => {
  const when = (d: Doc) => eventFeatures(d).when!;
  it("dates another event, not this one's start; a lead that names it still reaches back", () => {
    const similar = docOf("Two hurt in Elm Row stabbing", "Two men were stabbed on Elm Row on Saturday night, police said. Both are in hospital. "
      + "The street has a history. On June 2, 2014, a man was stabbed outside the same bar.", "2016-03-14");
    expect(when(similar)[0]).toBeGreaterThan(dayOf("2016-01-01"));
    expect(eventFeatures(similar).days).toContain(dayOf("2014-06-02")); // still named, for timeApart's bridges
    const trial = docOf("Trial opens in Elm Row stabbing", "The trial of Tom Fray, accused of stabbing two men on Elm Row on June 2, 2014, opened on Monday.", "2016-03-14");
    expect(when(trial)[0]).toBe(dayOf("2014-06-02"));
  });

  it("still reaches back to a day of the last year named in the body (a follow-up months later)", () => {
    const followUp = docOf("Elm Row bar to close", "The bar on Elm Row will close, the council said on Monday. Licensing officers reviewed the case. "
      + "Two men were stabbed outside it on October 3, 2015.", "2016-03-14");
    expect(when(followUp)[0]).toBe(dayOf("2015-10-03"));
  });
});
