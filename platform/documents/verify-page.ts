import type { DocumentKind, VerifyReply } from '../protocol/documents.js';

/**
 * What a phone shows when it opens a printed document's QR code: a page, not JSON, in both
 * languages, with nothing but what the check may say. No script, no outside resource.
 */
const kindWords: Record<DocumentKind, string> = {
  'social-insurance-record': '社会保险参保证明 / social insurance certificate',
  'personal-rights-record': '社会保险个人权益记录 / social insurance record',
  'real-estate-record': '不动产登记信息查询结果 / real estate registry record',
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** The page's one content security policy: its own inline style and nothing else. */
export const verifyPagePolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function page(heading: string, tone: 'ok' | 'bad', body: string): string {
  const color = tone === 'ok' ? '#0a6b2d' : '#9a1c1c';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)}</title><style>body{font:18px/1.5 sans-serif;margin:24px;color:#111}h1{color:${color};font-size:26px}dt{color:#555}dd{margin:0 0 12px}</style></head>
<body><h1>${escape(heading)}</h1>${body}</body></html>`;
}

export function genuinePage(found: VerifyReply): string {
  const rows: [string, string][] = [
    ['文件 / document', `${found.title}（${kindWords[found.kind]}）`],
    ['出具单位 / issued by', found.issuer],
    ['打印日期 / printed on', found.issuedOn],
    ['持有人 / holder', found.maskedName],
  ];
  const list = rows.map(([label, value]) => `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>`).join('');
  return page('真实有效 / Genuine', 'ok', `<p>本文件由政务服务自助终端打印，内容以下列记录为准。<br>Printed at a government self-service terminal; it matches this record.</p><dl>${list}</dl>`);
}

export function unknownPage(): string {
  return page('查无此文件 / Not found', 'bad', '<p>这个验证码不是政务服务平台出具的，文件可能是伪造的，请向出具单位核实。<br>No document was issued with this code: the paper may be forged. Check with the issuing department.</p>');
}
