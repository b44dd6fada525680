import type { ReactNode } from 'react';
import type { KioskError } from '../../api.js';
import { Both, type TechnicianWord } from './Both.js';

/** One labelled fact of technician mode: the label in both languages, the value below. */
export function Fact({ label, testId, state, children }: { label: TechnicianWord; testId?: string; state?: string; children: ReactNode }) {
  return (
    <div className="technician-fact">
      <dt>
        <Both word={label} />
      </dt>
      <dd data-testid={testId} data-state={state}>
        {children}
      </dd>
    </div>
  );
}

/** A technician request that failed, in the words the core gave it. */
export function Failure({ error }: { error: KioskError }) {
  return (
    <p className="technician-error" role="alert">
      <Both word="failed" values={{ message: error.message }} />
    </p>
  );
}
