/**
 * Status over a network printer's TCP port, against loopback peers: the printer simulator, and a
 * web server a technician pointed the kiosk at by mistake (a wrong port on the printer's address).
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { printerSimOnTcp } from '../sim/on-tcp.js';
import { openTcp } from '../transport/tcp.js';
import { ReceiptPrinter } from './printer.js';
import { statusReport } from './status.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/**
 * What nginx answers bytes that are not HTTP. Several of its letters ('R', 'r', 'v', ...) happen
 * to carry the fixed bits of a status byte, so a driver that sifts them out reads "paper out".
 */
const BAD_REQUEST =
  'HTTP/1.1 400 Bad Request\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\nContent-Length: 157\r\nConnection: close\r\n\r\n' +
  '<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n' +
  '<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n';

async function webServer(): Promise<number> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(BAD_REQUEST));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return (server.address() as net.AddressInfo).port;
}

async function printerAt(port: number): Promise<ReceiptPrinter> {
  const transport = await openTcp('127.0.0.1', port);
  closers.push(() => transport.close());
  return new ReceiptPrinter(transport, { statusTimeoutMs: 1000 });
}

describe('printer status over TCP', () => {
  it('says "not a printer" when the peer answers HTTP, never online with paper out', async () => {
    const printer = await printerAt(await webServer());
    const status = await printer.status();
    expect(status).toMatchObject({ state: 'unknown', paperNearEnd: false });
    expect(status.detail).toContain('not a printer');
    expect(statusReport(status)).toEqual({ online: false, paper: 'unknown', coverOpen: null, error: null });
  });

  it('decodes every state the simulator answers', async () => {
    const sim = await printerSimOnTcp(0, { paper: 58 });
    closers.push(sim.close);
    const printer = await printerAt(sim.port);
    const cases = [
      [{}, { online: true, paper: 'ok', coverOpen: false, error: false }],
      [{ paperNearEnd: true }, { online: true, paper: 'near-end', coverOpen: false, error: false }],
      [{ paperNearEnd: false, paperOut: true }, { online: false, paper: 'out', coverOpen: false, error: false }],
      [{ paperOut: false, coverOpen: true }, { online: false, paper: 'ok', coverOpen: true, error: false }],
    ] as const;
    for (const [state, report] of cases) {
      sim.sim.setState(state);
      expect(statusReport(await printer.status())).toEqual(report);
    }
  });
});
