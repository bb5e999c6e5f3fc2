// EDGE: what a command may touch, passed in so commands can be tested without a process.
export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** True when stderr is an interactive terminal (progress bars, colour). */
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

/** A usage mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A number of seconds, zero or more. */
export function secondsOption(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number of seconds, not "${s}"`);
  return n;
}

/** A whole-number option from min to max; `fallback` when absent. */
export function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
