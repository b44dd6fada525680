import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { openTcp } from './tcp.js';

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

describe('openTcp', () => {
  it('carries bytes both ways and reports the peer closing', async () => {
    const server = net.createServer((socket) => socket.on('data', (data) => socket.end(Buffer.from([data.length]))));
    const port = await listen(server);
    const transport = await openTcp('127.0.0.1', port);
    expect(transport.description).toBe(`tcp 127.0.0.1:${port}`);
    const reply = new Promise<Buffer>((resolve) => transport.onData(resolve));
    const closed = new Promise<void>((resolve) => transport.onClose(() => resolve()));
    await transport.write(Uint8Array.of(0x10, 0x04, 0x01));
    expect([...(await reply)]).toEqual([3]);
    await closed;
    await transport.close();
    server.close();
  });

  it('says which address failed and what to check', async () => {
    const server = net.createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    await expect(openTcp('127.0.0.1', port)).rejects.toThrow(/cannot connect to printer at tcp 127\.0\.0\.1:\d+: ECONNREFUSED/);
  });
});
