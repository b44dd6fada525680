import type { KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { clockSkewSeconds, verifyAppCode, type AppCodeCheck } from './verify.js';

/**
 * The 鄂汇办 codes this terminal takes: verified with the province's keys, and each taken once.
 * A code photographed over a citizen's shoulder is refused here after the citizen used it.
 */
export class AppCodes {
  constructor(
    private readonly db: Database,
    private readonly keys: readonly KeyObject[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A terminal given no province key refuses every code: its screen should not ask for one. */
  get canCheck(): boolean {
    return this.keys.length > 0;
  }

  check(scanned: string): AppCodeCheck {
    const now = this.now();
    const checked = verifyAppCode(scanned, this.keys, now);
    if (checked.ok && !this.claim(checked.payload.nonce, checked.payload.expiresAt, now)) return { ok: false, refusal: 'used' };
    return checked;
  }

  /** True the first time a nonce is seen; what can no longer pass anyway is forgotten on the way. */
  private claim(nonce: string, expiresAt: number, now: Date): boolean {
    const seconds = Math.floor(now.getTime() / 1000);
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM used_app_codes WHERE keep_until < ?').run(seconds);
      const inserted = this.db.prepare('INSERT INTO used_app_codes (nonce, keep_until) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING').run(nonce, expiresAt + clockSkewSeconds);
      return inserted.changes === 1;
    })();
  }
}
