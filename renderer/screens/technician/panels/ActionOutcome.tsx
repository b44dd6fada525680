import type { Outcome } from '../../../transport/use-action.js';
import { ErrorPanel } from '../../../ui/ErrorPanel.js';

/** What a technician's button did: `done` in words once it worked, the core's refusal if not. */
export function ActionOutcome<T>({ outcome, done, testId }: { outcome: Outcome<T>; done: (value: T) => string; testId: string }) {
  if (outcome.state === 'done') return <p className="fact fact-ok" data-testid={testId}>{done(outcome.value)}</p>;
  if (outcome.state === 'failed') return <ErrorPanel error={outcome.error} testId={testId} />;
  return null;
}
