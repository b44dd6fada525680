import { groupCaseNumber } from '../api.js';

/**
 * Chunks are separated by CSS gaps, not spaces, so the element's text stays the plain number
 * (what the e2e test reads and what a screen reader spells out).
 */
export function CaseNumber({ value, testId }: { value: string; testId?: string }) {
  return (
    <div className="case-number" data-testid={testId}>
      {groupCaseNumber(value).map((chunk, index) => (
        <span key={index}>{chunk}</span>
      ))}
    </div>
  );
}
