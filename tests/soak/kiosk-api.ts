import { replyEnvelopeSchema } from '../../electron/api/envelope.js';
import { requests, type ReplyOf, type RequestName, type RequestOf } from '../../electron/api/contract.js';

/** A refusal the core answered with: an answer the citizen sees, not a fault of the soak. */
export class Refused extends Error {
  constructor(
    readonly request: string,
    readonly code: string,
  ) {
    super(`${request} refused: ${code}`);
  }
}

/**
 * The browser host's API as the page calls it (electron/host.ts): POST /api/invoke/{name} with
 * this launch's token, each reply checked against the same schema the renderer checks it with.
 */
export class KioskApi {
  private readonly origin: string;
  private readonly token: string;

  /** `thinkMs`: how long a citizen reads a screen before the next request (0 at full pace). */
  constructor(
    kioskUrl: string,
    private readonly thinkMs: () => number = () => 0,
  ) {
    const url = new URL(kioskUrl);
    this.origin = url.origin;
    this.token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  }

  async invoke<N extends RequestName>(name: N, payload: RequestOf<N>): Promise<ReplyOf<N>> {
    const think = this.thinkMs();
    if (think > 0) await new Promise((resolve) => setTimeout(resolve, think));
    const response = await fetch(`${this.origin}/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tongban-token': this.token },
      body: JSON.stringify(payload),
    });
    const envelope = replyEnvelopeSchema.parse(await response.json());
    if (!envelope.ok) throw new Refused(name, envelope.error.code);
    return requests[name].reply.parse(envelope.value) as ReplyOf<N>;
  }
}
