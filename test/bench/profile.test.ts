// bench/profile.ts: self and stage times read from a V8 CPU profile's samples.
import { describe, expect, it } from "vitest";
import { selfTime, shortFile, stageTime, threadTimelines, type CpuProfile } from "../../bench/profile.js";

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

  it("shows each thread's start, first annotation and idle time on the run's clock", () => {
    const annotating = {
      nodes: [
        { id: 1, callFrame: frame("(root)", ""), children: [2, 3] },
        { id: 2, callFrame: frame("annotate", "file:///x/dist/annotate/annotate.js", 6), children: [4] },
        { id: 3, callFrame: frame("(idle)", "") },
        { id: 4, callFrame: frame("quotes", "file:///x/dist/annotate/steps/quotes.js", 9) },
      ],
      // Started at 1 s, idle 1.5 s (waiting for its articles), then annotating (a sample's time is the end of its delta).
      samples: [3, 3, 4, 2], timeDeltas: [500_000, 1_000_000, 1_000_000, 1_000_000], startTime: 1_000_000, endTime: 4_500_000,
    };
    // The main thread: started first, never annotates, busy throughout.
    const other = { ...profile, samples: [5, 5, 5, 5], timeDeltas: [1_000_000, 1_000_000, 1_000_000, 1_000_000], startTime: 0, endTime: 4_500_000 };
    const [main, worker] = threadTimelines([other, annotating]);
    expect(main).toBe("thread 0: starts 0.00 s, first annotates never, idle 0.00 s\n   ####");
    expect(worker).toBe("thread 1: starts 1.00 s, first annotates 3.50 s, idle 1.50 s\n   __##");
  });
});
