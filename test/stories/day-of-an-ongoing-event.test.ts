// An ongoing event told by its day ("the strike entered its fourth day on Thursday", "protesters blocked the
// border for a third day", "on day five of the search") dates its start by counting back, so the report on its
// later day stays with the report of its first day. "A third strike this year" is another event, not a day of it.
// Written before the rule, about events of its own.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { docOf } from "./helpers.js";

type Groups = ReturnType<typeof clusterStories>;
const storyOf = (groups: Groups, title: string) => groups.findIndex((g) => g.docs.some((d) => d.article.title === title));

describe("stories: an ongoing event told by its day", () => {
  it("keeps a teachers' strike told on its first and its fourth day together", () => {
    const a = docOf("Teachers in Lagos state walk out over unpaid allowances",
      "Public school teachers in Lagos state went on strike on Monday over unpaid allowances, the Nigeria Union of Teachers said, closing hundreds of schools.", "2026-05-04");
    const b = docOf("Lagos teachers' strike enters fourth day",
      "The strike by public school teachers in Lagos state over unpaid allowances entered its fourth day on Thursday, with schools still shut, the Nigeria Union of Teachers said.", "2026-05-07");
    const groups = clusterStories([a, b]);
    expect(storyOf(groups, a.article.title)).toBe(storyOf(groups, b.article.title));
  });
  it("keeps a border blockade told on its first and third day together", () => {
    const a = docOf("Farmers block Polish-Ukrainian border crossing",
      "Polish farmers blocked the Dorohusk border crossing with tractors on Tuesday in protest at grain imports, border guards said; about 600 lorries were queuing.", "2026-02-10");
    const b = docOf("Dorohusk blockade goes on",
      "Polish farmers blocked the Dorohusk border crossing for a third day on Thursday in protest at grain imports, and the queue of lorries grew to 1,400, border guards said.", "2026-02-12");
    const groups = clusterStories([a, b]);
    expect(storyOf(groups, a.article.title)).toBe(storyOf(groups, b.article.title));
  });
  it("keeps two strikes at one factory months apart apart, though the later one is 'a third strike'", () => {
    const a = docOf("Workers strike at Kocaeli tyre plant",
      "Workers at the Anatolian Tyre plant in Kocaeli went on strike on Monday over pay, the Lastik-Is union said.", "2026-01-12");
    const b = docOf("Third strike this year at Kocaeli tyre plant",
      "Workers at the Anatolian Tyre plant in Kocaeli began their third strike this year on Wednesday over pay, the Lastik-Is union said.", "2026-09-16");
    const groups = clusterStories([a, b]);
    expect(storyOf(groups, a.article.title)).not.toBe(storyOf(groups, b.article.title));
  });
});
