import { describe, expect, it } from 'vitest';
import { healthOf, jobStatusOf, printerStatusOf } from './a4-status.js';

const printer = (state: number, reasons: string[], levels: number[] = [80]) =>
  printerStatusOf(new Map<string, (string | number)[]>([['printer-state', [state]], ['printer-state-reasons', reasons], ['marker-names', ['Black']], ['marker-levels', levels]]));

describe('what an A4 printer says', () => {
  it('names paper out, a jam and an open door as what stops the paper, in Chinese then English', () => {
    expect(healthOf(printer(5, ['media-empty-error']))).toEqual({ ok: false, detail: '缺纸 / out of paper' });
    expect(healthOf(printer(5, ['media-jam-error']))).toEqual({ ok: false, detail: '卡纸 / paper jam' });
    expect(healthOf(printer(5, ['door-open-error', 'media-empty-error']))).toEqual({ ok: false, detail: '盖板打开、缺纸 / cover or door open, out of paper' });
    expect(healthOf(printer(3, ['offline-report']))).toEqual({ ok: false, detail: '打印机离线 / printer offline' });
  });

  it('keeps toner low and paper low as warnings: the printer still prints', () => {
    expect(healthOf(printer(3, ['toner-low-warning'], [4]))).toEqual({ ok: true, detail: '墨粉不足 / toner low' });
    expect(healthOf(printer(3, ['media-low-report']))).toEqual({ ok: true, detail: '纸将尽 / paper low' });
    expect(healthOf(printer(3, ['none']))).toEqual({ ok: true });
  });

  it('reads the markers and an unnamed stop', () => {
    expect(printer(3, ['none'], [42]).markers).toEqual([{ name: 'Black', level: 42 }]);
    expect(healthOf(printer(5, ['none'])).ok).toBe(false);
  });

  it('reads a job: its state and pages done', () => {
    const job = jobStatusOf(new Map<string, (string | number)[]>([['job-id', [4]], ['job-state', [5]], ['job-state-reasons', ['job-printing']], ['job-impressions-completed', [2]]]));
    expect(job).toEqual({ jobId: 4, state: 'processing', reasons: ['job-printing'], pagesDone: 2 });
  });
});
