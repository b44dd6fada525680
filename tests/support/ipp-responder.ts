/**
 * A small IPP printer for the states ippeveprinter cannot show by itself (out of paper, a door
 * open, a jam): it answers Get-Printer-Attributes with whatever state the test sets, takes jobs,
 * and keeps every document it was sent, so a test can say what reached "paper". In front of a
 * real printer (forwardTo), it passes every request through while its state is undefined: the
 * kiosk keeps one printer address while a test opens the door and closes it again.
 */
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeMessage, encodeMessage, groupOf, ValueTag, type OutAttribute } from '../../drivers/ipp/ipp-codec.js';
import { Operation } from '../../drivers/ipp/ipp-client.js';

export interface ResponderState {
  /** 3 idle, 4 processing, 5 stopped. */
  printerState: 3 | 4 | 5;
  reasons: string[];
  /** Applied as soon as a job is taken: the paper runs out mid-job. */
  afterJobTaken?: { printerState: 3 | 4 | 5; reasons: string[] };
}

export interface IppResponder {
  url: string;
  /** undefined: pass through to forwardTo. */
  state: ResponderState | undefined;
  documents: Buffer[];
  /** Every operation received, by code, in order. */
  operations: number[];
  close(): Promise<void>;
}

const attr = (name: string, tag: number, ...values: (string | number | boolean)[]): OutAttribute => ({ name, tag, values });
const head = [attr('attributes-charset', ValueTag.charset, 'utf-8'), attr('attributes-natural-language', ValueTag.naturalLanguage, 'en')];

function passThrough(to: URL, body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const request = forward(to, { method: 'POST', headers: { 'content-type': 'application/ipp', 'content-length': body.length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
    });
    request.on('error', reject);
    request.end(body);
  });
}

export async function startIppResponder(initial: ResponderState | undefined, forwardTo?: string): Promise<IppResponder> {
  const jobs = new Map<number, number>();
  const responder: Omit<IppResponder, 'url' | 'close'> = { state: initial, documents: [], operations: [] };
  const upstream = forwardTo === undefined ? undefined : new URL(forwardTo.replace(/^ipp:/, 'http:'));
  const printerGroup = (state: ResponderState): OutAttribute[] => [
    attr('printer-state', ValueTag.enum, state.printerState),
    attr('printer-state-reasons', ValueTag.keyword, ...(state.reasons.length > 0 ? state.reasons : ['none'])),
    attr('marker-names', ValueTag.name, 'Black Toner'),
    attr('marker-levels', ValueTag.integer, state.reasons.some((r) => r.startsWith('toner')) ? 5 : 80),
  ];
  const jobGroup = (id: number): OutAttribute[] => [attr('job-id', ValueTag.integer, id), attr('job-state', ValueTag.enum, jobs.get(id) ?? 3), attr('job-state-reasons', ValueTag.keyword, 'none')];
  const answer = (request: ReturnType<typeof decodeMessage>, state: ResponderState): Buffer => {
    const jobId = groupOf(request, 'operation').get('job-id')?.[0];
    const reply = (groups: { group: 'printer' | 'job'; attributes: OutAttribute[] }[]) =>
      encodeMessage({ code: 0, requestId: request.requestId, groups: [{ group: 'operation', attributes: head }, ...groups] });
    if (request.code === Operation.getPrinterAttributes) return reply([{ group: 'printer', attributes: printerGroup(state) }]);
    if (request.code === Operation.printJob) {
      const id = jobs.size + 1;
      responder.documents.push(Buffer.from(request.data));
      jobs.set(id, state.printerState === 5 ? 3 : 9);
      if (state.afterJobTaken) {
        jobs.set(id, 5);
        responder.state = { ...state, ...state.afterJobTaken, afterJobTaken: undefined };
      }
      return reply([{ group: 'job', attributes: jobGroup(id) }]);
    }
    if (typeof jobId === 'number' && request.code === Operation.cancelJob) jobs.set(jobId, 7);
    return reply(typeof jobId === 'number' ? [{ group: 'job', attributes: jobGroup(jobId) }] : []);
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const decoded = decodeMessage(bytes);
      responder.operations.push(decoded.code);
      const state = responder.state;
      const body = state === undefined && upstream ? passThrough(upstream, bytes) : Promise.resolve(answer(decoded, state ?? { printerState: 3, reasons: [] }));
      void body.then((out) => response.writeHead(200, { 'content-type': 'application/ipp', 'content-length': out.length }).end(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(responder, {
    url: `ipp://127.0.0.1:${port}/ipp/print`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
