import type { ScannedCode } from './scanned-code.js';

/** One open scanner, however attached: codes come out until it closes (unplugged, or closed by us). */
export interface CodeSource {
  readonly description: string;
  onCode(listener: (code: ScannedCode) => void): () => void;
  /** Called once, when the scanner goes away or is closed. */
  onClose(listener: (error?: Error) => void): () => void;
  close(): Promise<void>;
}
