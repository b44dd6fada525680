import type { DocumentReply } from '../../../platform/protocol/documents.js';
import type { A4Document } from '../print/a4-pdf.js';
import { lobbyDateText, lobbyTime } from '../print/lobby-time.js';

/** Whose paper and for what: the words the watermark carries, dated, so a copy cannot pass for another use. */
export function watermarkWords(printedAt: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(printedAt);
  return `自助终端打印 仅供本人办理业务使用 ${lobbyDateText(day)}`;
}

/**
 * A department's document as A4 paper: its own title and sections, who issued it, the watermark,
 * and the verification QR code with its code in plain text for whoever checks without a phone.
 */
export function resultDocument(reply: DocumentReply, hallName: string): A4Document {
  const printedAt = new Date(reply.issuedAt);
  const { content, verification } = reply;
  return {
    title: content.title,
    ...(content.subtitle !== undefined && { subtitle: content.subtitle }),
    sections: content.sections,
    closing: [`出具单位：${content.issuer}`, `打印时间：${lobbyTime.format(printedAt)}　打印地点：${hallName}`],
    watermark: watermarkWords(printedAt),
    verification: {
      url: verification.url,
      lines: ['扫描二维码或访问下列地址，核验本文件真伪：', verification.url, `验证码：${verification.code}`],
    },
  };
}
