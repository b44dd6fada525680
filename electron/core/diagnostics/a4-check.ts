import { A4Printer } from '../../../drivers/ipp/a4-printer.js';
import { healthOf, problemWords, type A4PrinterStatus } from '../../../drivers/ipp/a4-status.js';
import { IppClient } from '../../../drivers/ipp/ipp-client.js';
import type { A4Target } from '../config/core-config.js';
import { check, type Check } from './check.js';

const stateWords = { idle: { zh: '空闲', en: 'idle' }, processing: { zh: '正在打印', en: 'printing' }, stopped: { zh: '已停止', en: 'stopped' } } as const;

/** A technician asks now, not a cached answer: a few seconds at most. */
const askA4: (url: string) => Promise<A4PrinterStatus> = (url) => new A4Printer(new IppClient(url, { timeoutMs: 3000 })).status();

/** The A4 printer as it says it is now: its state, what needs a person, its toner. */
export async function a4Check(target: A4Target | undefined, ask = askA4): Promise<Check> {
  if (!target) {
    return check('devices.a4', true, 'A4 打印机：未配置，指南和申请表保存为 PDF', 'A4 printer: none configured; guides and forms are saved as PDFs', { configured: false });
  }
  try {
    const status = await ask(target.url);
    const health = healthOf(status);
    const toner = status.markers.map((m) => `${m.name} ${m.level >= 0 ? `${m.level}%` : '?'}`).join('; ');
    const state = stateWords[status.state];
    // Every reason the printer gives, warnings too: the technician is there to fix them all.
    const { zh, en } = problemWords(status.problems);
    return check('devices.a4', health.ok, `A4 打印机（${target.url}）：${state.zh}${zh ? `，${zh}` : ''}`, `A4 printer (${target.url}): ${state.en}${en ? `, ${en}` : ''}`, {
      url: target.url,
      state: status.state,
      reasons: status.reasons.join(', '),
      toner,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return check('devices.a4', false, `A4 打印机无法连接：请检查电源、网线和地址 ${target.url}`, `The A4 printer does not answer: check its power, cable and address ${target.url}`, { url: target.url, reason });
  }
}
