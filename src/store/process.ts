// Whether a process named in a lock file still runs: its id and start time (so a restarted
// container that gives a new process the same id is not taken for the old holder).
import { readFileSync } from "node:fs";

/** Whether a lock's holder is gone: no such process, or another process now has its id. */
export function stale(held: string): boolean {
  const [pidText, started] = held.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return true;
  if (started === undefined) return false;
  const now = startTime(pid);
  return now !== null && now !== started;
}

/** A process's start time (clock ticks since boot, /proc/PID/stat field 22), or null where unknown. */
export function startTime(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
