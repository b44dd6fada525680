/**
 * A byte pipe to a device: a serial port, a pty, a device file, a TCP socket, or an in-process
 * pair in tests. Drivers speak their protocols over this and never know which one it is.
 */
export interface ByteTransport {
  /** Human-readable, for technicians' messages: "/dev/ttyUSB0 @ 115200", "tcp 10.0.0.5:9100". */
  readonly description: string;
  write(data: Uint8Array): Promise<void>;
  /** Returns a function that removes the listener. */
  onData(listener: (chunk: Buffer) => void): () => void;
  /** Called once when the device goes away (unplugged, closed by the peer) or is closed. */
  onClose(listener: (error?: Error) => void): () => void;
  close(): Promise<void>;
}

export class TransportClosedError extends Error {
  constructor(description: string) {
    super(`设备连接已断开 / device connection closed: ${description}`);
    this.name = 'TransportClosedError';
  }
}
