/**
 * ESC/POS real-time status (DLE EOT n): the four one-byte replies and what they mean together.
 * Every reply has bits 1 and 4 set and bits 0 and 7 clear; a reply that does not is not a status
 * reply (a peer that is not a printer, or line noise), and the whole exchange is not trusted.
 */

export interface StatusFlags {
  offline: boolean;
  coverOpen: boolean;
  feedButton: boolean;
  stoppedByPaperEnd: boolean;
  errorOccurred: boolean;
  mechanicalError: boolean;
  cutterError: boolean;
  unrecoverableError: boolean;
  autoRecoverableError: boolean;
  paperNearEnd: boolean;
  paperEnd: boolean;
}

export type PrinterState = 'ready' | 'paper_out' | 'cover_open' | 'offline' | 'error' | 'unknown';

export interface PrinterStatus {
  state: PrinterState;
  paperNearEnd: boolean;
  /** For technicians and logs: each condition in Chinese and English. */
  detail: string;
  /** What the printer said, bit by bit; absent when it said nothing. */
  flags?: StatusFlags;
}

/** `tongban device printer-status`: a contract scripts depend on; null where the printer did not say. */
export interface StatusReport {
  online: boolean;
  paper: 'ok' | 'near-end' | 'out' | 'unknown';
  coverOpen: boolean | null;
  error: boolean | null;
}

const FIXED_MASK = 0x93;
const FIXED_BITS = 0x12;

export const isStatusByte = (byte: number): boolean => (byte & FIXED_MASK) === FIXED_BITS;

const bit = (byte: number, mask: number): boolean => (byte & mask) !== 0;

/** The replies to DLE EOT 1, 2, 3 and 4, in that order. */
export function decodeStatusBytes([printer, offline, error, paper]: readonly [number, number, number, number]): StatusFlags {
  return {
    offline: bit(printer, 0x08),
    coverOpen: bit(offline, 0x04),
    feedButton: bit(offline, 0x08),
    stoppedByPaperEnd: bit(offline, 0x20),
    errorOccurred: bit(offline, 0x40),
    mechanicalError: bit(error, 0x04),
    cutterError: bit(error, 0x08),
    unrecoverableError: bit(error, 0x20),
    autoRecoverableError: bit(error, 0x40),
    paperNearEnd: bit(paper, 0x0c),
    paperEnd: bit(paper, 0x60),
  };
}

/** The inverse, for the simulator: what a printer in this condition answers. */
export function encodeStatusBytes(flags: StatusFlags): [number, number, number, number] {
  const set = (on: boolean, mask: number): number => (on ? mask : 0);
  return [
    FIXED_BITS | set(flags.offline, 0x08),
    FIXED_BITS | set(flags.coverOpen, 0x04) | set(flags.feedButton, 0x08) | set(flags.stoppedByPaperEnd, 0x20) | set(flags.errorOccurred, 0x40),
    FIXED_BITS |
      set(flags.mechanicalError, 0x04) |
      set(flags.cutterError, 0x08) |
      set(flags.unrecoverableError, 0x20) |
      set(flags.autoRecoverableError, 0x40),
    FIXED_BITS | set(flags.paperNearEnd, 0x0c) | set(flags.paperEnd, 0x60),
  ];
}

const DETAIL: ReadonlyArray<readonly [keyof StatusFlags, string]> = [
  ['offline', '脱机 offline'],
  ['coverOpen', '纸仓盖打开 cover open'],
  ['feedButton', '正在按走纸键 feed button pressed'],
  ['stoppedByPaperEnd', '缺纸停止 stopped by paper end'],
  ['errorOccurred', '发生错误 error'],
  ['mechanicalError', '机械错误 mechanical error'],
  ['cutterError', '切刀错误 cutter error'],
  ['unrecoverableError', '不可恢复错误 unrecoverable error'],
  ['autoRecoverableError', '可自动恢复错误 auto-recoverable error (e.g. head too hot)'],
  ['paperNearEnd', '纸将尽 paper near end'],
  ['paperEnd', '缺纸 paper end'],
];

/**
 * One state for the kiosk to act on. The cover comes first because an open cover is what the
 * technician must fix last (after loading paper); errors outrank a plain offline.
 */
export function summarize(flags: StatusFlags): PrinterStatus {
  const present = DETAIL.filter(([key]) => flags[key]).map(([, text]) => text);
  return { state: stateOf(flags), paperNearEnd: flags.paperNearEnd, detail: present.length ? present.join('; ') : '就绪 ready', flags };
}

export function statusReport(status: PrinterStatus): StatusReport {
  const flags = status.flags;
  if (!flags) return { online: false, paper: 'unknown', coverOpen: null, error: null };
  const paper = flags.paperEnd || flags.stoppedByPaperEnd ? 'out' : flags.paperNearEnd ? 'near-end' : 'ok';
  const error = flags.errorOccurred || flags.mechanicalError || flags.cutterError || flags.unrecoverableError || flags.autoRecoverableError;
  return { online: !flags.offline, paper, coverOpen: flags.coverOpen, error };
}

function stateOf(flags: StatusFlags): PrinterState {
  if (flags.coverOpen) return 'cover_open';
  if (flags.paperEnd || flags.stoppedByPaperEnd) return 'paper_out';
  if (flags.errorOccurred || flags.mechanicalError || flags.cutterError || flags.unrecoverableError) return 'error';
  if (flags.offline || flags.autoRecoverableError) return 'offline';
  return 'ready';
}

export function unknownStatus(reason: string): PrinterStatus {
  return { state: 'unknown', paperNearEnd: false, detail: `状态未知 status unknown: ${reason}` };
}
