// bench/profile.ts: self and stage times read from a V8 CPU profile's samples.
import { describe, expect, it } from "vitest";
import { selfTime, shortFile, stageTime, type CpuProfile } from "../../bench/profile.js";

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
// (root) → analyzeStory → crosscheck → contradiction → overlaps; crosscheck → helper; (root) → (garbage collector);
// (root) → wink's own `tokenize`, which is no stage of ours.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 6, 7] },
    { id: 2, callFrame: frame("analyzeStory", "file:///x/dist/pipeline/analyze.js", 40), children: [3] },
    { id: 3, callFrame: frame("crosscheck", "file:///x/dist/crosscheck/index.js", 12), children: [4, 8] },
    { id: 4, callFrame: frame("contradiction", "file:///x/dist/crosscheck/rules/contradiction.js", 10), children: [5] },
    { id: 5, callFrame: frame("overlaps", "file:///x/dist/crosscheck/values.js", 71) },
    { id: 6, callFrame: frame("(garbage collector)", "") },
    { id: 7, callFrame: frame("tokenize", "file:///x/node_modules/wink-nlp/src/tokenizer.js", 177) },
    { id: 8, callFrame: frame("helper", "file:///x/dist/crosscheck/index.js", 50) },
  ],
  samples: [5, 5, 4, 8, 6, 7, 2],
  timeDeltas: [100, 200, 50, 25, 400, 30, 5],
};

describe("CPU profile summary", () => {
  it("names files from the project's folders", () => {
    expect(shortFile("file:///work/main/dist/annotate/steps/tokens.js")).toBe("dist/annotate/steps/tokens.js");
    expect(shortFile("file:///work/main/node_modules/wink-nlp/src/cache.js")).toBe("node_modules/wink-nlp/src/cache.js");
  });

  it("sums each function's own samples, by function and by file", () => {
    const fns = selfTime([profile], "function");
    expect(fns.get("overlaps  dist/crosscheck/values.js:72")).toBe(300);
    expect(fns.get("contradiction  dist/crosscheck/rules/contradiction.js:11")).toBe(50);
    expect(fns.get("(garbage collector)  ")).toBe(400);
    const files = selfTime([profile], "file");
    expect(files.get("dist/crosscheck/index.js")).toBe(25);
    expect(files.get("(garbage collector)")).toBe(400);
  });

  it("gives a sample to the innermost stage on its stack; V8's own entries and other code keep apart", () => {
    const stages = stageTime([profile]);
    expect(stages.get("contradiction")).toBe(350);
    expect(stages.get("crosscheck")).toBe(25);
    expect(stages.get("(garbage collector)")).toBe(400);
    // wink's tokenize is not annotate's tokenize step; analyzeStory is no stage of its own.
    expect(stages.get("tokenize")).toBeUndefined();
    expect(stages.get("(outside any stage)")).toBe(35);
  });
});
