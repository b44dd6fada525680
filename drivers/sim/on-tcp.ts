/**
 * The printer simulator as a network printer: a raw TCP listener (the port 9100 convention).
 * One connection at a time prints, as on a real printer; a newer connection takes over.
 */
import net from 'node:net';
import { socketTransport } from '../transport/tcp.js';
import { PrinterSimulator, type PrinterSimulatorOptions } from './printer-sim.js';

export interface SimOnTcp<S> {
  host: string;
  /** The port actually listened on (0 asks the OS for a free one). */
  port: number;
  sim: S;
  close(): Promise<void>;
}

export async function printerSimOnTcp(port: number, options: Omit<PrinterSimulatorOptions, 'onUnplug'>, host = '127.0.0.1'): Promise<SimOnTcp<PrinterSimulator>> {
  const sockets = new Set<net.Socket>();
  // 'unplug' drops the live connection; the next one is accepted, as when the power comes back.
  const sim = new PrinterSimulator(undefined, { ...options, onUnplug: () => sockets.forEach((socket) => socket.destroy()) });
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    sim.attach(socketTransport(`simulated printer client ${socket.remoteAddress ?? ''}:${socket.remotePort ?? ''}`, socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  return {
    host,
    port: listening,
    sim,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      sockets.forEach((socket) => socket.destroy());
      await sim.close();
      await closed;
    },
  };
}
