import type { AcceptanceFacts } from './acceptance-receipt.js';

/** The demo citizen's acceptance: a long item name, a case number with letters and digit runs. */
export const chenFacts: AcceptanceFacts = {
  hallName: '武汉市江岸区政务服务中心',
  terminalName: '一楼大厅 2 号自助终端',
  itemName: '城乡居民基本养老保险参保登记',
  caseNumber: '5PSJBB2026112300001I',
  acceptedAt: '2026-11-23T02:05:00.000Z',
  promisedDays: 5,
  applicant: { name: '陈晓欣', idNumber: '810000199001010021' },
  upload: 'waiting',
};
