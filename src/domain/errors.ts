// One error type for bad input: it names the input and the fix. cli/ maps it to exit code 2,
// server/ to a 4xx. Anything else is an internal error.
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = "InputError";
  }
}

/** A full disk, as Node reports it (ENOSPC) or as PGlite's WebAssembly file system does (errno 51). */
export function isDiskFull(e: unknown): boolean {
  const err = e as { code?: unknown; errno?: unknown; name?: unknown; message?: unknown } | null;
  if (!err || typeof err !== "object") return false;
  if (err.code === "ENOSPC" || (err.name === "ErrnoError" && err.errno === 51)) return true;
  return typeof err.message === "string" && /no space left on device|ENOSPC/i.test(err.message);
}

/**
 * A database file that is damaged under the store (PostgreSQL's data_corrupted / index_corrupted
 * classes, a missing relation file, a block that cannot be read).
 */
export function isStoreDamaged(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  if (!err || typeof err !== "object") return false;
  if (err.code === "XX001" || err.code === "XX002" || err.code === "58P01") return true;
  return typeof err.message === "string" && /could not (read|open) (block|file)|invalid page in block|unexpected zero page/i.test(err.message);
}
