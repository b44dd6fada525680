/** An error the technician should read as one line on stderr, with a non-zero exit. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tongban: ${message.split('\n')[0]}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
