import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeReceipt, parseReceipt, type ReceiptInput } from '../../../drivers/printer/receipt.js';
import { PrinterSimulator, type PrintedReceipt } from '../../../drivers/sim/printer-sim.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
import { acceptanceReceipt } from './acceptance-receipt.js';
import { chenFacts } from '../../../tests/fixtures/acceptance-facts.js';
import { markReprint } from './reprint.js';
import { groupCaseNumber } from '../../../standards/case-number.js';

async function printOnSimulator(input: ReceiptInput, paper: 58 | 80): Promise<PrintedReceipt> {
  const outDir = await mkdtemp(path.join(tmpdir(), `tongban-receipt-${paper}-`));
  const [host, device] = memoryPair('printer');
  const sim = new PrinterSimulator(device, { paper, outDir });
  const printed = new Promise<PrintedReceipt>((resolve) => sim.onReceipt(resolve));
  await host.write(encodeReceipt(parseReceipt(input), { paper, encoding: 'gb18030' }).bytes);
  const receipt = await printed;
  await sim.close();
  return receipt;
}

describe('the acceptance receipt on paper', () => {
  for (const paper of [58, 80] as const) {
    it(`carries what the citizen and a clerk need, masked, on ${paper} mm`, async () => {
      const { text, pngPath } = await printOnSimulator(acceptanceReceipt(chenFacts), paper);
      process.stdout.write(`acceptance receipt ${paper} mm: ${pngPath ?? ''}\n`);
      for (const expected of ['受理回执', '武汉市江岸区政务服务中心', '一楼大厅 2 号自助终端', '城乡居民基本养老保险参保登记', '陈*欣', '8100**********0021', '2026/11/23 10:05', '5 个工作日', '待上传', '12345']) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('晓');
      expect(text).not.toContain('199001010');
      // The case number on one line (large, in the screen's chunks), as a QR code and as CODE128 read back by the printer.
      expect(text.split('\n').map((line) => line.trim())).toContain(groupCaseNumber(chenFacts.caseNumber).join(' '));
      expect(text).toContain('扫下方二维码：在自助终端查询进度');
      // No line of a paragraph is a stray tail of a character and its stop.
      expect(text.split('\n').filter((line) => /^\s*\S。$/.test(line))).toEqual([]);
      expect(text).toContain(`[QR:${chenFacts.caseNumber}]`);
      expect(text).toContain(`[CODE128:${chenFacts.caseNumber}]`);
    });
  }

  it('names the 一件事 and lists every case it became, with its department, on 58 mm', async () => {
    const [one] = chenFacts.next.cases;
    if (!one) throw new Error('the fixture has a case');
    const cases = [
      { ...one, itemName: '出生医学证明', caseNumber: 'WH00012026112300001X', department: '武汉市卫生健康委员会' },
      { ...one, itemName: '出生登记（新生儿落户）', caseNumber: 'WH00012026112300002X', department: '武汉市公安局' },
    ];
    const facts = { ...chenFacts, caseNumber: 'WH00012026112300001X', bundleName: '新生儿出生一件事', next: { ...chenFacts.next, cases, keep: 'WH00012026112300001X' } };
    const { text } = await printOnSimulator(acceptanceReceipt(facts), 58);
    const lines = text.split('\n').map((line) => line.trim());
    expect(text).toMatch(/一件事\s+新生儿出生一件事/);
    expect(text).toContain('本次共受理 2 件');
    for (const { itemName, caseNumber, department } of cases) {
      expect(lines.indexOf(groupCaseNumber(caseNumber).join(' '))).toBe(lines.indexOf(`· ${itemName}`) + 1);
      expect(text).toContain(department);
    }
  });

  it('says when the result comes, how, and where the owed material goes', async () => {
    const { text } = await printOnSimulator(acceptanceReceipt(chenFacts), 80);
    const flat = text.replace(/\s+/g, '');
    for (const expected of ['户口簿2026年11月30日前补交', '补交方式：带上材料和本回执，到武汉市民之家', '5个工作日（2026年11月30日前）', '参保登记确认（窗口领取或邮寄）', '武汉市人力资源和社会保障局', '027-12345']) {
      expect(flat).toContain(expected);
    }
  });

  it('says 补打 on a reprint, under the title', async () => {
    const original = parseReceipt(acceptanceReceipt(chenFacts));
    const { text, pngPath } = await printOnSimulator(markReprint(original, new Date('2026-11-24T01:00:00Z'), '平台已接收'), 58);
    process.stdout.write(`reprint 58 mm: ${pngPath ?? ''}\n`);
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines.indexOf('补打 REPRINT')).toBe(lines.indexOf('受理回执') + 1);
    expect(text).toMatch(/补打时间\s+2026\/11\/24 09:00/);
    expect(text).toMatch(/当前状态\s+平台已接收/);
  });
});
