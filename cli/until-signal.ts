/** Resolves at Ctrl+C or a service manager's SIGTERM: a long-running command then closes what it opened and returns. */
export function untilSignal(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}
