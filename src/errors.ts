/** An input Dateline cannot read. Its message is one line: the input's name, then the reason. */
export class InputError extends Error {
  readonly input: string;
  readonly reason: string;
  constructor(input: string, reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
    this.input = input;
    this.reason = reason;
  }
}

/** A usage error on the command line (exit status 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
