// An open console's alert stream as EventSource reads it: the session cookie, text/event-stream.
import { alertSchema, alertStreamEvent, type Alert } from '../../../platform/protocol/index.js';
import type { SignedIn } from './console-client.js';
import type { TestPlatform } from './harness.js';

export interface AlertStream {
  status: number;
  /** The next alert event; waits until one comes. */
  next(): Promise<Alert>;
  close(): void;
}

export async function openAlertStream(platform: TestPlatform, who: SignedIn | null): Promise<AlertStream> {
  const abort = new AbortController();
  const res = await fetch(`${platform.url}/v1/console/alerts/stream`, { headers: who ? { cookie: who.cookie } : {}, signal: abort.signal });
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  async function next(): Promise<Alert> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n');
        const data = lines.find((l) => l.startsWith('data: '));
        if (lines.includes(`event: ${alertStreamEvent}`) && data) return alertSchema.parse(JSON.parse(data.slice(6)));
        continue;
      }
      const chunk = await reader?.read();
      if (!chunk || chunk.done) throw new Error('the alert stream ended');
      buffer += chunk.value;
    }
  }
  return { status: res.status, next, close: () => abort.abort() };
}
