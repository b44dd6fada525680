import type { ServiceState } from '../../api/lifecycle.js';
import type { LifecycleRecord } from './lifecycle-record.js';
import { serviceState, type LifecycleFacts, type PlatformVerdict } from './service-state.js';

/** The facts that change without the lifecycle being told: read afresh at each decision. */
export type LiveFacts = Omit<LifecycleFacts, 'maintenance' | 'platformVerdict'>;

/**
 * The terminal's one lifecycle: the recorded facts (maintenance, the platform's verdict) joined
 * with the live ones (catalog, devices, the hour). Listeners hear of each change of state, and a
 * watch catches the changes nobody announces (closing time, a printer that died).
 */
export class TerminalLifecycle {
  private readonly listeners = new Set<(state: ServiceState) => void>();
  private last: string | undefined;

  constructor(
    private readonly record: LifecycleRecord,
    private readonly live: () => LiveFacts,
  ) {}

  state(): ServiceState {
    return serviceState({ ...this.live(), ...this.record.read() });
  }

  maintenance(): boolean {
    return this.record.read().maintenance;
  }

  setMaintenance(on: boolean): void {
    this.record.setMaintenance(on);
    this.recheck();
  }

  /** What the platform said of a signed request: a verdict, or undefined when it took one. */
  learn(verdict: PlatformVerdict | undefined): void {
    if (this.record.read().platformVerdict === verdict) return;
    this.record.setPlatformVerdict(verdict);
    this.recheck();
  }

  onChange(listener: (state: ServiceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners if the state is not the one they last heard. */
  recheck(): void {
    const state = this.state();
    const said = JSON.stringify(state);
    if (said === this.last) return;
    this.last = said;
    for (const listener of this.listeners) listener(state);
  }

  /** Rechecks every `everyMs` until stopped. */
  watch(everyMs: number): () => void {
    this.last = JSON.stringify(this.state());
    const timer = setInterval(() => this.recheck(), everyMs);
    return () => clearInterval(timer);
  }
}
