// A secret value that cannot leak by accident: printing, string interpolation, JSON and util.inspect all show a
// placeholder; only reveal() gives the value, at the one place that sends it (PREAMBLE: secrets never in logs/errors).
const REDACTED = '[redacted]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}

export const isSecret = (value: unknown): value is Secret => value instanceof Secret;
