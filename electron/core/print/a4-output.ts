import { refusal } from '../../api/kiosk-error.js';
import type { A4DocumentReply, A4JobView } from '../../api/values.js';
import { A4JobNotFoundError, type A4Kind, type A4Owner, type A4Queue } from './a4-queue.js';
import type { RenderedPdf } from './a4-pdf.js';

/** An A4 document ready for paper: what it is, whose case, and its PDF. */
export interface A4Paper {
  kind: A4Kind;
  caseId: string | null;
  /** The job's name at the printer: the item's name and the kind of paper, no personal data. */
  title: string;
  /** Where no A4 printer is configured, the PDF is saved under this plain NAME.pdf. */
  fileName: string;
  pdf: RenderedPdf;
  /** A result's: the ID number of the person it was printed for. */
  holder?: string;
}

/** Where a terminal's A4 paper goes: its printer over IPP, or a saved PDF where it has none. */
export interface A4Output {
  destination: 'printer' | 'file';
  put(paper: A4Paper): Promise<A4DocumentReply>;
  job(id: string): A4JobView;
  /** The same document again; a case's or a person's paper only once `mayHave` let the one asking have it. */
  reprint(id: string, mayHave: (owner: A4Owner) => void): A4JobView;
  /** The job once it has ended: for the technician's test page, which waits on it. */
  settled(id: string): Promise<A4JobView>;
}

/** A guide of more than one page goes on both sides of the sheet when the printer is set to; a form, to be signed, on one. */
const sidesOf = (paper: A4Paper, duplex: boolean) => (duplex && paper.kind === 'guide' && paper.pdf.pages > 1 ? 'two-sided-long-edge' : 'one-sided');

const noPrinter = () =>
  refusal('PRINTER_UNAVAILABLE', { zh: '本终端没有 A4 打印机', en: 'This terminal has no A4 printer' }, { zh: '请到服务台打印', en: 'Ask at the service desk to print it' });

const notKept = () =>
  refusal('CASE_NOT_FOUND', { zh: '本终端没有保留这份文件', en: 'This document is not kept on this terminal' }, { zh: '请重新打印，或到服务台办理', en: 'Print it again from the start, or ask at the service desk' });

function kept<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof A4JobNotFoundError ? notKept() : error;
  }
}

export function a4Output(printer: { queue: A4Queue; duplex: boolean } | undefined, save: (fileName: string, pdf: Buffer) => Promise<string>): A4Output {
  if (!printer) {
    return {
      destination: 'file',
      put: async (paper) => ({ to: 'file', pages: paper.pdf.pages, path: await save(paper.fileName, paper.pdf.bytes) }),
      job: () => {
        throw noPrinter();
      },
      reprint: () => {
        throw noPrinter();
      },
      settled: () => Promise.reject(noPrinter()),
    };
  }
  return {
    destination: 'printer',
    put: (paper) => Promise.resolve({ to: 'printer', job: printer.queue.submit({ ...paper, sides: sidesOf(paper, printer.duplex) }) }),
    job: (id) => kept(() => printer.queue.job(id)),
    reprint: (id, mayHave) =>
      kept(() => {
        mayHave(printer.queue.ownerOf(id));
        return printer.queue.reprint(id);
      }),
    settled: async (id) => {
      await printer.queue.idle();
      return kept(() => printer.queue.job(id));
    },
  };
}
