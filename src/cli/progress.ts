// A one-line progress bar on stderr, drawn only on a terminal and only for long runs.
import type { Io } from "./io.js";

export function progressBar(io: Io, label: string, minTotal = 20): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    if (total < minTotal) return;
    const pct = Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const fill = Math.round((done / total) * width);
    io.stderr(`\r${label} [${"#".repeat(fill)}${" ".repeat(width - fill)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}
