import { createHash } from 'node:crypto';
import { maskIdNumber } from '../../standards/masking.js';
import type { DocumentContent, DocumentKind } from '../protocol/documents.js';
import type { DocumentHolder, DocumentProvider } from './provider.js';

/**
 * The departments' systems in the demo: each answers every card with a record of its own, made
 * from the ID number, so the same person gets the same record each time. An ID number whose last
 * digit before the check character is 9 has no record anywhere: the "no record" path is reachable.
 */
export const simulatedDocuments: DocumentProvider = {
  async fetch(kind, holder, now) {
    if (holder.idNumber.at(-2) === '9') return undefined;
    return makers[kind](holder, seeded(holder.idNumber), now);
  },
};

/** Numbers that depend only on the ID number: the nth byte of its hash. */
function seeded(idNumber: string): (n: number, range: number) => number {
  const hash = createHash('sha256').update(`tongban-documents:${idNumber}`).digest();
  return (n, range) => (hash[n % hash.length] ?? 0) % range;
}

const employers = ['武汉市江岸区城市建设有限公司', '武汉长江物流股份有限公司', '湖北楚天信息技术有限公司', '武汉光谷生物医药有限公司'];
const holderRows = (holder: DocumentHolder): [string, string][] => [
  ['姓名', holder.name],
  ['公民身份号码', maskIdNumber(holder.idNumber)],
];
/** The day in Wuhan, whatever the platform's own zone: the paper is dated as the hall's clock says. */
const beijingDay = (date: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
const month = (date: Date) => `${date.getFullYear()}年${String(date.getMonth() + 1).padStart(2, '0')}月`;

type Maker = (holder: DocumentHolder, pick: ReturnType<typeof seeded>, now: Date) => DocumentContent;

const socialInsurance: Maker = (holder, pick, now) => {
  const since = new Date(now.getFullYear() - 3 - pick(0, 15), pick(1, 12), 1);
  const months = (now.getFullYear() - since.getFullYear()) * 12 + now.getMonth() - since.getMonth();
  const employer = employers[pick(2, employers.length)] ?? '';
  return {
    title: '湖北省社会保险参保证明（个人）',
    subtitle: `查询日期 ${beijingDay(now)}`,
    sections: [
      { heading: '参保人', rows: [...holderRows(holder), ['参保地', '武汉市'], ['参保单位', employer]] },
      {
        heading: '参保情况',
        rows: [
          ['职工养老保险', `参保缴费，${month(since)}起，累计 ${months} 个月`],
          ['失业保险', `参保缴费，${month(since)}起，累计 ${months} 个月`],
          ['工伤保险', `参保缴费，${month(since)}起`],
          ['职工医疗保险', `参保缴费，${month(since)}起`],
        ],
      },
      { heading: '说明', paragraphs: ['本证明记载截至查询日期的参保缴费情况，欠费、补缴以社会保险经办机构核定为准。'] },
    ],
    issuer: '武汉市社会保险中心',
  };
};

const rightsRecord: Maker = (holder, pick, now) => {
  const years = [1, 2, 3].map((back) => now.getFullYear() - back);
  return {
    title: '社会保险个人权益记录（年度）',
    subtitle: `记录期间 ${years.at(-1)}年至${years[0]}年`,
    sections: [
      { heading: '参保人', rows: holderRows(holder) },
      {
        heading: '养老保险个人账户',
        rows: years.map((year, i): [string, string] => {
          const base = 4500 + pick(3 + i, 40) * 100;
          return [`${year}年`, `缴费基数 ${base} 元，缴费 12 个月，个人缴纳 ${(base * 0.08 * 12).toFixed(2)} 元`];
        }),
      },
      { heading: '说明', paragraphs: ['个人权益记录供参保人核对本人缴费情况，如有疑问请拨打 12333。'] },
    ],
    issuer: '武汉市社会保险中心',
  };
};

const realEstate: Maker = (holder, pick, now) => {
  const owns = pick(4, 3) > 0;
  return {
    title: '不动产登记信息查询结果',
    subtitle: `查询日期 ${beijingDay(now)}`,
    sections: [
      { heading: '查询人', rows: holderRows(holder) },
      owns
        ? {
            heading: '登记信息',
            rows: [
              ['不动产权证号', `鄂（${now.getFullYear() - 1 - pick(5, 8)}）武汉市不动产权第${String(100000 + pick(6, 250) * 997).padStart(7, '0')}号`],
              ['坐落', `武汉市江岸区解放大道${100 + pick(7, 900)}号${1 + pick(8, 30)}层`],
              ['权利类型', '国有建设用地使用权/房屋所有权'],
              ['建筑面积', `${60 + pick(9, 80)}.${pick(10, 100)} 平方米`],
              ['抵押、查封', '无'],
            ],
          }
        : { heading: '登记信息', paragraphs: ['经查询，截至查询日期，查询人在武汉市不动产登记信息系统中无不动产登记记录。'] },
    ],
    issuer: '武汉市不动产登记局',
  };
};

const makers: Record<DocumentKind, Maker> = {
  'social-insurance-record': socialInsurance,
  'personal-rights-record': rightsRecord,
  'real-estate-record': realEstate,
};
