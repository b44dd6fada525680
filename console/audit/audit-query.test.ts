import { describe, expect, it } from 'vitest';
import { auditQuerySchema } from '../../platform/protocol/console.js';
import { auditSearch, emptyFilter } from './audit-query.js';

describe('the audit filter as a query string', () => {
  it('leaves out what is not filled in, so the whole log is asked for', () => {
    expect(auditSearch(emptyFilter)).toBe('');
  });

  it('reads the times typed as Beijing time and says so, in a query the platform accepts', () => {
    const search = auditSearch({ from: '2026-12-02T08:00', to: '2026-12-02T18:30', actor: ' wang ', action: 'terminal.revoked' }, 42);
    const params = Object.fromEntries(new URLSearchParams(search));
    expect(params).toEqual({ from: '2026-12-02T08:00:00+08:00', to: '2026-12-02T18:30:00+08:00', actor: 'wang', action: 'terminal.revoked', before: '42' });
    expect(auditQuerySchema.safeParse(params).success).toBe(true);
  });
});
