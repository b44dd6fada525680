/** An error the technician caused and can fix: its whole text (the reason, then the usage) on stderr, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A usage error in full, since its usage lines say how to fix it; anything else in one line. */
export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tongban: ${error instanceof UsageError ? message : message.split('\n')[0]}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
