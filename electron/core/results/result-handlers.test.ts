import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { DocumentReply } from '../../../platform/protocol/documents.js';
import { demoCatalog } from '../../../tests/support/kiosk-core.js';
import type { A4Paper } from '../print/a4-output.js';
import type { Identity } from '../session/session.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';
import { mayReprintResult, resultHandlers, type ResultServices } from './result-handlers.js';

const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };
const code = 'abcdefghijklmnopqrstuvwx';
const reply: DocumentReply = {
  kind: 'social-insurance-record',
  content: { title: '湖北省社会保险参保证明（个人）', sections: [{ heading: '参保人', rows: [['姓名', '陈晓欣']] }], issuer: '武汉市社会保险中心' },
  issuedAt: '2026-12-02T16:30:00.000Z',
  verification: { code, url: `https://verify.example/v1/verify/${code}` },
};

interface Setup {
  identity?: Identity;
  /** What the platform does when asked: answers, has no record, or throws. */
  platform?: () => Promise<DocumentReply | undefined>;
  destination?: 'printer' | 'file';
}

function terminal(setup: Setup = {}) {
  const identity = setup.identity ?? chen;
  const asked: string[] = [];
  const papers: A4Paper[] = [];
  const services: ResultServices = {
    catalog: demoCatalog,
    session: {
      verified: () => {
        if (identity.source === 'typed') throw Object.assign(new Error('typed'), { code: 'NO_IDENTITY' });
        return identity;
      },
      cardReadAt: () => (identity.source === 'card' ? new Date() : undefined),
    },
    platform: {
      document: async (kind) => {
        asked.push(kind);
        return (setup.platform ?? (async () => reply))();
      },
    },
    terminal: { hallName: '江岸区政务服务中心' },
    a4: {
      destination: setup.destination ?? 'printer',
      put: async (paper) => {
        papers.push(paper);
        return { to: 'file', pages: paper.pdf.pages, path: '/dev/null' };
      },
    },
  };
  return { asked, papers, handlers: resultHandlers(services) };
}

describe('results printed on the spot', () => {
  it('are printed again only for the citizen they were printed for', () => {
    expect(() => mayReprintResult({ verified: () => chen }, chen.idNumber)).not.toThrow();
    expect(() => mayReprintResult({ verified: () => ({ ...chen, idNumber: '420102194501010016' }) }, chen.idNumber)).toThrow('只能再次打印本人的证明');
  });

  it('lists only the items marked 当场办结, and prints one as a result job of one page', async () => {
    const { handlers, asked, papers } = terminal();
    expect((await handlers['results.items']({})).map((item) => item.code).sort()).toEqual(['WH-BDC-001', 'WH-RS-008', 'WH-RS-009']);
    await handlers['results.print']({ itemCode: 'WH-RS-008' });
    expect(asked).toEqual(['social-insurance-record']);
    expect(papers[0]).toMatchObject({ kind: 'result', caseId: null, title: '社会保险参保证明打印', holder: chen.idNumber });
    // The paper says where and when it was printed (Beijing's day: 00:30 on 3 December), and carries the code.
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: papers[0]?.pdf.bytes, encoding: 'utf8' });
    expect(text).toContain('自助终端打印 仅供本人办理业务使用 2026年12月03日');
    expect(text).toContain(`验证码：${code}`);
    expect(text).toContain('出具单位：武汉市社会保险中心');
  });

  it('refuses an item that is not printed on the spot', async () => {
    await expect(terminal().handlers['results.print']({ itemCode: 'WH-RS-002' })).rejects.toMatchObject({ code: 'UNKNOWN_ITEM' });
  });

  it('asks nobody for a typed identity or a 鄂汇办 code: only a card read opens a person’s records', async () => {
    const typed = terminal({ identity: { ...chen, source: 'typed' } });
    await expect(typed.handlers['results.print']({ itemCode: 'WH-RS-008' })).rejects.toMatchObject({ code: 'NO_IDENTITY' });
    const appCode = terminal({ identity: { ...chen, source: 'appCode' } });
    await expect(appCode.handlers['results.print']({ itemCode: 'WH-RS-008' })).rejects.toMatchObject({ code: 'NO_IDENTITY' });
    expect([...typed.asked, ...appCode.asked]).toEqual([]);
  });

  it('says the network is needed when the platform cannot be reached, and a fresh card read when the read went stale', async () => {
    const offline = terminal({ platform: () => Promise.reject(new PlatformUnavailableError('ECONNREFUSED')) });
    await expect(offline.handlers['results.print']({ itemCode: 'WH-RS-008' })).rejects.toMatchObject({ code: 'NEEDS_NETWORK', message: expect.stringContaining('需要联网才能打印此证明') });
    const stale = terminal({ platform: () => Promise.reject(new PlatformRefusedError(403, 'no_fresh_card_read')) });
    await expect(stale.handlers['results.print']({ itemCode: 'WH-RS-008' })).rejects.toMatchObject({ code: 'NO_IDENTITY', message: expect.stringContaining('重新刷身份证') });
  });

  it('says the department has no record, and issues nothing where there is no A4 printer', async () => {
    const none = terminal({ platform: async () => undefined });
    await expect(none.handlers['results.print']({ itemCode: 'WH-RS-009' })).rejects.toMatchObject({ code: 'NO_RECORD' });
    const noPrinter = terminal({ destination: 'file' });
    await expect(noPrinter.handlers['results.print']({ itemCode: 'WH-RS-008' })).rejects.toMatchObject({ code: 'PRINTER_UNAVAILABLE' });
    expect(noPrinter.asked).toEqual([]);
  });
});
