// Comparable-claim reasoning on the batch A torture stories: each story comes out as a fact-checker expects.
import { describe, expect, it } from "vitest";
import { BATCH_A } from "../fixtures/torture-a.js";
import { judge } from "./torture.js";

describe("torture stories, batch A", () => {
  for (const t of BATCH_A) it(t.name, () => expect(judge(t)).toBe(""));
});
