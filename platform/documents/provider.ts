import type { DocumentContent, DocumentKind } from '../protocol/documents.js';

/** The person a document is for, as the terminal's card read says. */
export interface DocumentHolder {
  idNumber: string;
  name: string;
}

/**
 * Where a 证明 or 记录 comes from: a department's system (人社, 不动产登记…), one adapter each in
 * production; the demo and the tests use the simulator. undefined: that system has no record of
 * the person, which the citizen is told as such, not as a fault.
 */
export interface DocumentProvider {
  fetch(kind: DocumentKind, holder: DocumentHolder, now: Date): Promise<DocumentContent | undefined>;
}
