/**
 * An IPP/1.1 client over HTTP (RFC 8011 operations on RFC 8010's wire): an IPP Everywhere printer
 * at ipp://host:631/ipp/print, or a CUPS queue at ipp://localhost:631/printers/NAME, which speaks
 * the same protocol. One request, one reply; nothing is kept open between them.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { decodeMessage, encodeMessage, groupOf, ValueTag, type IppDecoded, type IppValue, type OutAttribute } from './ipp-codec.js';

export const Operation = { printJob: 0x0002, cancelJob: 0x0008, getJobAttributes: 0x0009, getPrinterAttributes: 0x000b } as const;

/** The two sides tongban asks for: a signed form on one side, a long guide on both. */
export type Sides = 'one-sided' | 'two-sided-long-edge';

export const A4_MEDIA = 'iso_a4_210x297mm';

export class IppError extends Error {
  constructor(
    message: string,
    /** The IPP status code, or undefined when the printer never answered in IPP. */
    readonly statusCode: number | undefined,
  ) {
    super(message);
    this.name = 'IppError';
  }
}

/** The printer did not answer at all: off, unplugged, or the address is wrong. */
export class IppUnreachableError extends IppError {
  constructor(url: string, reason: string) {
    super(`A4 打印机无法连接（${url}）/ the A4 printer cannot be reached at ${url}: ${reason}`, undefined);
    this.name = 'IppUnreachableError';
  }
}

export interface IppClientOptions {
  /** How long one request may take, printing a whole document included. Default 30 s. */
  timeoutMs?: number;
}

export interface PrintJobOptions {
  jobName: string;
  sides: Sides;
}

/** ipp://host[:631]/path and ipps:// as the HTTP(S) URL they are carried on (RFC 3510, RFC 7472). */
export function httpUrlOf(printerUrl: string): URL {
  const url = new URL(printerUrl);
  if (url.protocol !== 'ipp:' && url.protocol !== 'ipps:') throw new TypeError(`an A4 printer's address starts with ipp:// or ipps://, got "${printerUrl}"`);
  const http = new URL(printerUrl.replace(/^ipps?:/, url.protocol === 'ipps:' ? 'https:' : 'http:'));
  if (url.port === '') http.port = '631';
  return http;
}

const attribute = (name: string, tag: number, ...values: (string | number | boolean)[]): OutAttribute => ({ name, tag, values });

export class IppClient {
  private requestId = 0;
  private readonly http: URL;
  private readonly timeoutMs: number;

  constructor(
    readonly printerUrl: string,
    options: IppClientOptions = {},
  ) {
    this.http = httpUrlOf(printerUrl);
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The printer's description and state; `requested` names the attributes wanted (RFC 8011 §4.2.5). */
  async printerAttributes(requested: readonly string[]): Promise<Map<string, IppValue[]>> {
    const reply = await this.send(Operation.getPrinterAttributes, [attribute('requested-attributes', ValueTag.keyword, ...requested)]);
    return groupOf(reply, 'printer');
  }

  /** Sends the PDF as one job: A4, the sides asked. Returns the job's attributes as the printer took it. */
  async printJob(pdf: Uint8Array, options: PrintJobOptions): Promise<Map<string, IppValue[]>> {
    const operation = [
      attribute('job-name', ValueTag.name, options.jobName),
      attribute('document-format', ValueTag.mimeMediaType, 'application/pdf'),
    ];
    const job = [attribute('media', ValueTag.keyword, A4_MEDIA), attribute('sides', ValueTag.keyword, options.sides)];
    return groupOf(await this.send(Operation.printJob, operation, job, pdf), 'job');
  }

  async jobAttributes(jobId: number): Promise<Map<string, IppValue[]>> {
    const reply = await this.send(Operation.getJobAttributes, [
      attribute('job-id', ValueTag.integer, jobId),
      attribute('requested-attributes', ValueTag.keyword, 'job-id', 'job-state', 'job-state-reasons', 'job-impressions-completed', 'job-media-sheets-completed'),
    ]);
    return groupOf(reply, 'job');
  }

  async cancelJob(jobId: number): Promise<void> {
    await this.send(Operation.cancelJob, [attribute('job-id', ValueTag.integer, jobId)]);
  }

  private async send(operation: number, attributes: OutAttribute[], job: OutAttribute[] = [], data?: Uint8Array): Promise<IppDecoded> {
    const head = [
      attribute('attributes-charset', ValueTag.charset, 'utf-8'),
      attribute('attributes-natural-language', ValueTag.naturalLanguage, 'zh-cn'),
      attribute('printer-uri', ValueTag.uri, this.printerUrl),
      attribute('requesting-user-name', ValueTag.name, 'tongban'),
    ];
    const groups = [{ group: 'operation' as const, attributes: [...head, ...attributes] }, ...(job.length > 0 ? [{ group: 'job' as const, attributes: job }] : [])];
    const body = encodeMessage({ code: operation, requestId: ++this.requestId, groups, ...(data && { data }) });
    const reply = decodeMessage(await this.post(body));
    // 0x0000-0x00ff are successes, some with attributes ignored (sides on a one-sided printer).
    if (reply.code > 0x00ff) {
      const message = groupOf(reply, 'operation').get('status-message')?.[0];
      throw new IppError(`A4 打印机拒绝了请求 / the A4 printer refused the request: 0x${reply.code.toString(16).padStart(4, '0')}${typeof message === 'string' ? ` ${message}` : ''}`, reply.code);
    }
    return reply;
  }

  private post(body: Buffer): Promise<Buffer> {
    const send = this.http.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const request = send(this.http, { method: 'POST', headers: { 'content-type': 'application/ipp', 'content-length': body.length }, timeout: this.timeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode === 200) resolve(Buffer.concat(chunks));
          else reject(new IppError(`A4 打印机的 HTTP 回答是 ${response.statusCode} / the A4 printer answered HTTP ${response.statusCode}`, undefined));
        });
        response.on('error', (error) => reject(new IppUnreachableError(this.printerUrl, error.message)));
      });
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      request.on('error', (error) => reject(new IppUnreachableError(this.printerUrl, error.message)));
      request.end(body);
    });
  }
}
