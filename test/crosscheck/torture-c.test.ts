// Batch C torture stories (written before the rules were run on them; first-run figure in the commit).
import { describe, expect, it } from "vitest";
import { BATCH_C } from "../fixtures/torture-c.js";
import { judge } from "./torture.js";

describe("torture stories, batch C", () => {
  for (const t of BATCH_C) it(t.name, () => expect(judge(t)).toBe(""));
});
