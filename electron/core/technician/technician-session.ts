import { technicianIdleSeconds } from '../../api/technician.js';

/**
 * The core's own record of an unlocked technician: the screen may believe what it likes, the
 * core admits technician requests only while this is open. Idle is judged at the next request,
 * so no timer has to run for it.
 */
export class TechnicianSession {
  private lastUse: number | undefined;

  constructor(
    private readonly idleMs = technicianIdleSeconds * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  open(): void {
    this.lastUse = this.now();
  }

  end(): void {
    this.lastUse = undefined;
  }

  /** True, and idle time starts again, when the session is open and has not been idle too long; otherwise it ends. */
  use(): boolean {
    const at = this.now();
    if (this.lastUse === undefined || at - this.lastUse >= this.idleMs) {
      this.end();
      return false;
    }
    this.lastUse = at;
    return true;
  }
}
