/**
 * What an IPP printer's attributes mean for a terminal: its state, the reasons it gives
 * (RFC 8011 §5.4.12, PWG 5100.9), its toner, and a job's progress, in the words a citizen and a
 * technician act on. The device's own word, not a print dialog's "idle".
 */
import type { IppValue } from './ipp-codec.js';

export const printerStateAttributes = ['printer-state', 'printer-state-reasons', 'printer-state-message', 'marker-names', 'marker-levels', 'printer-is-accepting-jobs'] as const;

/** The problems a terminal names; each reason keyword a printer may send maps to one of them. */
export type A4Problem = 'paperOut' | 'paperJam' | 'coverOpen' | 'tonerLow' | 'offline' | 'paperLow';

export const a4ProblemWords: Record<A4Problem, { zh: string; en: string }> = {
  paperOut: { zh: '缺纸', en: 'out of paper' },
  paperJam: { zh: '卡纸', en: 'paper jam' },
  coverOpen: { zh: '盖板打开', en: 'cover or door open' },
  tonerLow: { zh: '墨粉不足', en: 'toner low' },
  offline: { zh: '打印机离线', en: 'printer offline' },
  paperLow: { zh: '纸将尽', en: 'paper low' },
};

const problemOfReason: Record<string, A4Problem> = {
  'media-empty': 'paperOut',
  'media-needed': 'paperOut',
  'input-tray-missing': 'paperOut',
  'media-jam': 'paperJam',
  'door-open': 'coverOpen',
  'cover-open': 'coverOpen',
  'interlock-open': 'coverOpen',
  'toner-low': 'tonerLow',
  'toner-empty': 'tonerLow',
  'marker-supply-low': 'tonerLow',
  'marker-supply-empty': 'tonerLow',
  offline: 'offline',
  shutdown: 'offline',
  'media-low': 'paperLow',
};

/** Worth a look but still printing: the others stop the paper. */
const warnings: ReadonlySet<A4Problem> = new Set(['tonerLow', 'paperLow']);

export interface A4PrinterStatus {
  state: 'idle' | 'processing' | 'stopped';
  /** The reason keywords as sent, severity suffixes removed, "none" left out. */
  reasons: string[];
  problems: A4Problem[];
  /** Per marker (toner, ink), its level in percent; -1 unknown, -2 unknown but not empty, -3 some left (RFC 3805). */
  markers: { name: string; level: number }[];
  message?: string;
}

const first = (values: IppValue[] | undefined): IppValue | undefined => values?.[0];
const strings = (values: IppValue[] | undefined): string[] => (values ?? []).filter((value): value is string => typeof value === 'string');
const numbers = (values: IppValue[] | undefined): number[] => (values ?? []).filter((value): value is number => typeof value === 'number');

/** media-empty-error → media-empty (RFC 8011 §5.4.12: -report, -warning, -error are severities). */
export const reasonKeyword = (reason: string): string => reason.replace(/-(report|warning|error)$/, '');

export function problemsOf(reasons: readonly string[]): A4Problem[] {
  const found = reasons.map((reason) => problemOfReason[reasonKeyword(reason)]).filter((problem): problem is A4Problem => problem !== undefined);
  return [...new Set(found)];
}

export function printerStatusOf(attributes: Map<string, IppValue[]>): A4PrinterStatus {
  const stateCode = first(attributes.get('printer-state'));
  const state = stateCode === 5 ? 'stopped' : stateCode === 4 ? 'processing' : 'idle';
  const reasons = strings(attributes.get('printer-state-reasons')).map(reasonKeyword).filter((reason) => reason !== 'none');
  const names = strings(attributes.get('marker-names'));
  const markers = numbers(attributes.get('marker-levels')).map((level, i) => ({ name: names[i] ?? `marker ${i + 1}`, level }));
  const message = first(attributes.get('printer-state-message'));
  return { state, reasons, problems: problemsOf(reasons), markers, ...(typeof message === 'string' && message !== '' && { message }) };
}

/** The problems that stop paper: a job waiting on them is not printing. */
export const blockingProblems = (status: Pick<A4PrinterStatus, 'problems'>): A4Problem[] => status.problems.filter((problem) => !warnings.has(problem));

/** 缺纸、盖板打开 and "out of paper, cover or door open". */
export function problemWords(problems: readonly A4Problem[]): { zh: string; en: string } {
  return { zh: problems.map((p) => a4ProblemWords[p].zh).join('、'), en: problems.map((p) => a4ProblemWords[p].en).join(', ') };
}

/** "缺纸、盖板打开 / out of paper, cover or door open", for the heartbeat and a log line. */
export function problemText(problems: readonly A4Problem[]): string {
  const { zh, en } = problemWords(problems);
  return `${zh} / ${en}`;
}

/** As the heartbeat carries a device: ok unless paper cannot come out, with what a technician should look at. */
export function healthOf(status: A4PrinterStatus): { ok: boolean; detail?: string } {
  const blocking = blockingProblems(status);
  if (blocking.length > 0) return { ok: false, detail: problemText(blocking) };
  if (status.state === 'stopped') return { ok: false, detail: `打印机已停止 / the printer has stopped${status.message ? `: ${status.message}` : ''}` };
  return status.problems.length > 0 ? { ok: true, detail: problemText(status.problems) } : { ok: true };
}

export type JobState = 'pending' | 'held' | 'processing' | 'stopped' | 'canceled' | 'aborted' | 'completed';
const jobStates: Record<number, JobState> = { 3: 'pending', 4: 'held', 5: 'processing', 6: 'stopped', 7: 'canceled', 8: 'aborted', 9: 'completed' };

export interface A4JobStatus {
  jobId: number;
  state: JobState;
  reasons: string[];
  /** Pages printed so far, as the printer counts them (impressions, else sheets). */
  pagesDone: number;
}

export function jobStatusOf(attributes: Map<string, IppValue[]>): A4JobStatus {
  const jobId = first(attributes.get('job-id'));
  const state = first(attributes.get('job-state'));
  if (typeof jobId !== 'number' || typeof state !== 'number') throw new TypeError('the printer answered without job-id or job-state');
  const done = first(attributes.get('job-impressions-completed')) ?? first(attributes.get('job-media-sheets-completed'));
  return { jobId, state: jobStates[state] ?? 'pending', reasons: strings(attributes.get('job-state-reasons')).filter((r) => r !== 'none'), pagesDone: typeof done === 'number' ? done : 0 };
}

export const jobEnded = (state: JobState): boolean => state === 'completed' || state === 'canceled' || state === 'aborted';
