import type { EventName, EventOf } from './events.js';
import type { ReplyOf, RequestName, RequestOf } from './contract.js';

/**
 * What the renderer sees of the Node side, whichever transport carries it: in Electron a wrapper
 * around the preload's `window.kioskBridge`, in the browser host a fetch/WebSocket client.
 */
export interface KioskApi {
  invoke<N extends RequestName>(name: N, payload: RequestOf<N>): Promise<ReplyOf<N>>;
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
}

/** The untyped surface the preload exposes; the renderer wraps it with validation. */
export interface KioskBridge {
  invoke(name: string, payload: unknown): Promise<unknown>;
  on(listener: (envelope: unknown) => void): () => void;
}
