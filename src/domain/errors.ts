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
