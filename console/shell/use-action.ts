import { useCallback, useState } from 'react';

export interface Action {
  busy: boolean;
  /** The last run's failure, for <Refusal>; cleared when the next run starts. */
  error: unknown;
  run(action: () => Promise<void>): Promise<void>;
}

/** A button's request: busy while it runs (the button disables), its refusal kept to show. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
