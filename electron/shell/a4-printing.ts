import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { failure, type ReplyEnvelope } from '../api/envelope.js';
import { refusal } from '../api/errors.js';

/** The requests whose reply is an A4 PDF the core wrote: under Electron it goes to paper too. */
const documentRequests: ReadonlySet<string> = new Set(['document.guide', 'document.form']);

const pathOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string' ? value.path : null;

/**
 * Prints a PDF silently on `deviceName` (the system's default printer when empty), A4, in a hidden
 * window that runs no script of ours. Electron prints PDFs silently since 35 (electron#47378).
 */
export function printPdfSilently(path: string, deviceName: string): Promise<void> {
  const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
  const printed = new Promise<void>((resolve, reject) => {
    window.webContents.once('did-fail-load', (_event, _code, description) => reject(new Error(`the document did not open: ${description}`)));
    window.webContents.once('did-finish-load', () => {
      window.webContents.print({ silent: true, deviceName, pageSize: 'A4', printBackground: true }, (ok, reason) => (ok ? resolve() : reject(new Error(reason))));
    });
  });
  void window.loadURL(pathToFileURL(path).href);
  return printed.finally(() => window.destroy());
}

/**
 * After the core answered a document request, print what it wrote. A printer fault becomes one
 * error the citizen can act on; the PDF stays in the data folder for staff to print.
 */
export async function printDocumentReply(name: string, reply: ReplyEnvelope, deviceName: string): Promise<ReplyEnvelope> {
  const path = reply.ok && documentRequests.has(name) ? pathOf(reply.value) : null;
  if (path === null) return reply;
  try {
    await printPdfSilently(path, deviceName);
    return reply;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = { zh: `请到服务台领取或稍后再试（${reason}）`, en: `Ask at the service desk, or try again later (${reason})` };
    return failure(refusal('PRINTER_UNAVAILABLE', { zh: '文件未能打印', en: 'The document could not be printed' }, hint));
  }
}
