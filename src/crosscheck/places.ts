// Where a figure's own sentence puts what it tells: a city's neighbourhood ("in the Austin neighborhood") or a
// block of a street ("in the 6700 block of South Perry"). Local crime pages and round-ups tell several shootings
// of one city in a row, each placed this way; grouped into one story with another page, "a 16-year-old boy was
// shot … in the University Village neighborhood" and "a 14-year-old boy was shot … in the Austin neighborhood"
// are two boys, not one boy's age told two ways.

/** "in the West Side Austin neighborhood", "of the Englewood neighbourhood": the neighbourhood's name. */
const NEIGHBORHOOD = /\b(?:in|of|near)\s+the\s+((?:[A-Z][\p{L}'’.-]*\s+){1,4})neighbou?rhood\b/gu;
/** "in the 6700 block of South Perry", "the 1100 block of W. Garfield Blvd.": the street's name. */
const BLOCK = /\b\d+\s+block\s+of\s+((?:[A-Z][\p{L}'’.-]*\s*){1,4})/gu;
/** Words that do not tell one place from another: compass points, sides, street kinds. */
const GENERIC = new Set(["north", "south", "east", "west", "n", "s", "e", "w", "n.", "s.", "e.", "w.", "northwest", "northeast", "southwest", "southeast",
  "side", "far", "near", "lower", "upper", "the", "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.",
  "drive", "dr", "dr.", "lane", "ln", "place", "pl", "court", "ct", "way", "parkway", "terrace"]);

function names(sentence: string, re: RegExp): Set<string>[] {
  return [...sentence.matchAll(re)].map((m) => new Set(m[1]!.toLowerCase().split(/\s+/u).filter((w) => w && !GENERIC.has(w))))
    .filter((s) => s.size > 0);
}

const disjoint = (a: readonly Set<string>[], b: readonly Set<string>[]) =>
  a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => [...x].some((w) => y.has(w))));

/**
 * Whether two sentences put what they tell in different places of the same kind: neighbourhoods that share no
 * name word, or blocks of streets that share none. "in the Austin neighborhood" / "in the West Side Austin
 * neighborhood" and "the 8300 block of South Halsted" / "the 8400 block of South Halsted" are not apart.
 */
export function placedApart(a: string, b: string): boolean {
  return disjoint(names(a, NEIGHBORHOOD), names(b, NEIGHBORHOOD)) || disjoint(names(a, BLOCK), names(b, BLOCK));
}
