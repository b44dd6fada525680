import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationFormDocument, guideDocument, type GuideFacts } from './a4-documents.js';
import { renderA4Pdf } from './a4-pdf.js';
import { lobbyTime } from './lobby-time.js';

const socialSecurityCard: GuideFacts = {
  code: 'WH-RS-002',
  name: '社会保障卡补领',
  type: '公共服务',
  department: '武汉市人力资源和社会保障局',
  legalBasis: ['《社会保障卡管理办法》（人社部发〔2011〕47号）'],
  conditions: ['社会保障卡遗失或损坏，且已办理挂失', '本人或委托代理人申请'],
  materials: [
    { key: 'applicant.idcard', name: '居民身份证', necessity: 'required', eCertificate: '居民身份证', paperCopies: 0, original: true },
    { key: 'applicant.photo', name: '近期免冠彩色照片', necessity: 'owed', owedWorkingDays: 15, paperCopies: 1, original: false },
  ],
  statutoryDays: 20,
  promisedDays: 5,
  fees: [],
  result: { name: '社会保障卡', delivery: ['窗口领取', '邮寄'] },
  place: '江岸区政务服务中心一楼 6 号窗口',
  hours: '周一至周五 9:00-12:00，13:30-17:00；自助终端 24 小时',
  phones: { consultation: '027-12333', complaint: '12345' },
  visits: 0,
  notificationPledge: { applies: false },
};

function pdfText(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tongban-a4-')), 'document.pdf');
  writeFileSync(path, pdf);
  const firstPage = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, firstPage]);
  process.stdout.write(`first page: ${firstPage}.png\n`);
  // pdftotext lays out as on the page; spaces between CJK runs carry no meaning here.
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

describe('A4 documents as PDF', () => {
  it('the guide holds every guide element the citizen reads', async () => {
    const text = pdfText((await renderA4Pdf(guideDocument(socialSecurityCard))).bytes);
    for (const expected of ['社会保障卡补领 办事指南', 'WH-RS-002', '武汉市人力资源和社会保障局', '社会保障卡遗失或损坏', '居民身份证', '可容缺后补（受理后 15 个工作日内补交）', '20 个工作日', '5 个工作日', '不收费', '窗口领取、邮寄', '江岸区政务服务中心一楼 6 号窗口', '027-12333', '12345']) {
      expect(text).toContain(expected);
    }
  });

  it('the filled form holds the answers, masked, and a signature line', async () => {
    const form = applicationFormDocument(
      {
        itemName: '社会保障卡补领',
        caseNumber: 'WH00012026112300001X',
        acceptedAt: '2026-11-23T02:05:00.000Z',
        hallName: '江岸区政务服务中心',
        answers: [
          ['姓名', '陈*欣'],
          ['公民身份号码', '4201**********0010'],
          ['领取方式', '邮寄'],
          ['邮寄地址', '湖北省武汉市江岸区沿江大道 188 号'],
        ],
      },
      (iso) => lobbyTime.format(new Date(iso)),
    );
    const text = pdfText((await renderA4Pdf(form)).bytes);
    for (const expected of ['社会保障卡补领 申请表', 'WH00012026112300001X', '2026/11/23 10:05', '陈*欣', '4201**********0010', '邮寄', '沿江大道 188 号', '申请人签名']) {
      expect(text).toContain(expected);
    }
  });
});
