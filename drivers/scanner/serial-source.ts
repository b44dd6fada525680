/**
 * A serial scanner (or a USB one in its CDC/virtual-COM mode): its port's bytes cut into codes by
 * the line framer, with a timer that ends a code the scanner sent without a suffix.
 */
import { Listeners } from '../transport/listeners.js';
import type { ByteTransport } from '../transport/transport.js';
import type { CodeSource } from './code-source.js';
import { LineFramer, type LineEvent, type LineFramerOptions } from './line-framer.js';
import { codeFromLine, type ScannedCode } from './scanned-code.js';

export interface SerialScannerOptions extends LineFramerOptions {
  /** The scanner is set to send the AIM identifier before each code. Default false. */
  aimPrefixed?: boolean;
  /** Told of a code dropped for its length, for the technicians' log. */
  onTooLong?: (length: number) => void;
  now?: () => number;
}

export function serialCodeSource(transport: ByteTransport, options: SerialScannerOptions = {}): CodeSource {
  const framer = new LineFramer(options);
  const now = options.now ?? Date.now;
  const codes = new Listeners<ScannedCode>();
  let timer: NodeJS.Timeout | undefined;
  const deliver = (events: LineEvent[]) => {
    for (const event of events) {
      if (event.kind === 'tooLong') options.onTooLong?.(event.length);
      else codes.emit(codeFromLine(event.bytes, options.aimPrefixed ?? false));
    }
  };
  const armIdleFlush = () => {
    clearTimeout(timer);
    const deadline = framer.idleDeadline;
    if (deadline !== undefined) timer = setTimeout(() => deliver(framer.expire(now())), Math.max(0, deadline - now()));
  };
  transport.onData((chunk) => {
    deliver(framer.push(chunk, now()));
    armIdleFlush();
  });
  transport.onClose(() => clearTimeout(timer));
  return {
    description: transport.description,
    onCode: (listener) => codes.add(listener),
    onClose: (listener) => transport.onClose(listener),
    close: () => transport.close(),
  };
}
