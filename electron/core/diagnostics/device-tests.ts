import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { DeviceTest } from '../../api/diagnostics.js';
import type { PrintProblem, PrintResult } from '../../api/values.js';
import { KioskError } from '../../api/kiosk-error.js';
import type { A4Output } from '../print/a4-output.js';
import { renderA4Pdf } from '../print/a4-pdf.js';
import { lobbyTime } from '../print/lobby-time.js';
import type { Identity } from '../session/session.js';
import type { Scan } from '../scanner/scan-desk.js';
import { check, type Check } from './check.js';

/** What the device tests drive: the kiosk's own reader, printer and A4 path, as citizens use them. */
export interface DeviceTestServices {
  terminalName: string;
  readIdentity(timeoutMs: number): Promise<Identity>;
  printReceipt(caseId: null, receipt: ReceiptInput): Promise<PrintResult>;
  /** The next code from any scanner (undefined: none within the wait). */
  nextScan(timeoutMs: number): Promise<Scan | undefined>;
  a4: Pick<A4Output, 'put' | 'settled'>;
}

/** Long enough to fetch a card from a wallet and lay it down. */
const cardWaitMs = 20_000;

export function runDeviceTest(test: DeviceTest, services: DeviceTestServices, now: Date): Promise<Check> {
  if (test === 'readCard') return readCard(services);
  if (test === 'printReceipt') return printReceipt(services, now);
  if (test === 'scanCode') return scanCode(services);
  return printA4(services, now);
}

const cardTypes = { resident: '居民身份证', foreigner: '外国人永久居留身份证', hkmotw: '港澳台居民居住证' } as const;

/** Only the kind of card is said: a technician's own card is still a person's. */
async function readCard(services: DeviceTestServices): Promise<Check> {
  try {
    const identity = await services.readIdentity(cardWaitMs);
    return check('test.readCard', true, `读卡正常：读到一张${cardTypes[identity.cardType]}`, `The reader works: it read a ${identity.cardType} card`, { cardType: identity.cardType });
  } catch (error) {
    if (error instanceof KioskError) return check('test.readCard', false, `读卡失败：${error.message}。${error.hint ?? ''}`, `Card read failed: ${error.en.message}. ${error.en.hint ?? ''}`.trim(), { code: error.code });
    throw error;
  }
}

const meanings = {
  receipt: { zh: '回执二维码', en: 'a receipt QR code' },
  appCode: { zh: '鄂汇办码', en: 'an E-Hui-Ban (鄂汇办) code' },
  item: { zh: '事项码', en: 'an item code' },
  enrollment: { zh: '注册码', en: 'an enrollment code' },
  booking: { zh: '预约码', en: 'a booking code' },
  notice: { zh: '缴款通知书条码', en: 'a payment notice barcode' },
  unknown: { zh: '本机不认识的码', en: 'a code this kiosk does not know' },
} as const;

/** What kind of code came, and how: never its text, which may be a person's identity code. */
async function scanCode(services: DeviceTestServices): Promise<Check> {
  const scan = await services.nextScan(cardWaitMs);
  if (!scan) {
    return check('test.scanCode', false, '20 秒内没有扫到码：请检查扫码枪的连线和设置，再扫一次', 'No code was scanned within 20 s: check the scanner\'s cable and settings, and scan again', {});
  }
  const kind = meanings[scan.meaning.kind];
  const how = scan.symbology ?? (scan.from === 'wedge' ? '键盘模式' : '未知码制');
  const howEn = scan.symbology ?? (scan.from === 'wedge' ? 'keyboard wedge' : 'symbology not sent');
  return check('test.scanCode', true, `扫码枪正常：扫到${kind.zh}（${how}）`, `The scanner works: it read ${kind.en} (${howEn})`, { kind: scan.meaning.kind, symbology: scan.symbology ?? null, from: scan.from });
}

const problems: Record<PrintProblem, { zh: string; en: string }> = {
  paperOut: { zh: '缺纸：请装入新纸卷', en: 'out of paper: load a new roll' },
  coverOpen: { zh: '打印机盖未合上：请合上', en: 'the cover is open: close it' },
  unavailable: { zh: '打印机无法连接：请检查电源和连线', en: 'the printer does not answer: check its power and cable' },
  paperJam: { zh: '卡纸：请打开打印机取出卡住的纸', en: 'paper jam: open the printer and clear it' },
  tonerLow: { zh: '墨粉不足：请更换墨粉盒', en: 'toner low: replace the cartridge' },
  interrupted: { zh: '打印中断：请查看打印机', en: 'printing was interrupted: look at the printer' },
  fault: { zh: '打印机报告故障：请查看打印机指示灯', en: 'the printer reports a fault: look at its lights' },
};

async function printReceipt(services: DeviceTestServices, now: Date): Promise<Check> {
  const receipt: ReceiptInput = {
    blocks: [
      { type: 'title', text: '打印测试 / Test print' },
      { type: 'row', key: '终端', value: services.terminalName },
      { type: 'row', key: '时间', value: lobbyTime.format(now) },
      { type: 'text', text: '中文 English 0123456789' },
      { type: 'qr', data: 'tongban test print' },
      { type: 'cut' },
    ],
  };
  const result = await services.printReceipt(null, receipt);
  if (result.printed) return check('test.printReceipt', true, '回执打印机正常：请查看打印出的测试页', 'The receipt printer works: look at the test slip it printed', {});
  const problem = problems[result.problem ?? 'fault'];
  return check('test.printReceipt', false, `测试页未打印出来：${problem.zh}`, `The test slip did not print: ${problem.en}`, { problem: result.problem ?? 'fault' });
}

/**
 * An A4 test page, as citizens' guides go: to the A4 printer over IPP, followed to the end of
 * the job, or saved as a PDF where the terminal has no A4 printer.
 */
async function printA4(services: DeviceTestServices, now: Date): Promise<Check> {
  const pdf = await renderA4Pdf({
    title: 'A4 打印测试 / A4 test page',
    sections: [{ heading: '终端 / Terminal', rows: [['终端', services.terminalName], ['时间', lobbyTime.format(now)]] }],
  });
  const put = await services.a4.put({ kind: 'test', caseId: null, title: 'A4 打印测试 / A4 test page', fileName: 'a4-test.pdf', pdf });
  if (put.to === 'file') {
    return check('test.printA4', true, `未配置 A4 打印机，测试页已保存：${put.path}`, `No A4 printer is configured; the test page was saved: ${put.path}`, { path: put.path });
  }
  const job = await services.a4.settled(put.job.id);
  if (job.state === 'done') return check('test.printA4', true, `A4 打印机正常：请取走 ${job.pages} 页测试页并核对`, `The A4 printer works: take the ${job.pages}-page test page and check it`, { pages: job.pages });
  const problem = problems[job.problem ?? 'fault'];
  return check('test.printA4', false, `A4 测试页未打印出来：${problem.zh}`, `The A4 test page did not print: ${problem.en}`, { problem: job.problem ?? 'fault', reason: job.reason ?? '' });
}
