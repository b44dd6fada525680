import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventStore } from '../feedback/event-store.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { Outbox } from '../sync/outbox.js';
import { Diagnostics, type DiagnosticsSources } from './diagnostics.js';

const now = new Date('2026-03-01T10:00:00.000Z');

function terminal(overrides: Partial<DiagnosticsSources> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-diag-'));
  const db = openStore(join(dataDir, 'kiosk.sqlite'));
  const sources: DiagnosticsSources = {
    dataDir,
    demo: false,
    db,
    link: undefined,
    devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
    clockSkewMs: () => 1500,
    listDevices: async () => ({ serial: [], hid: [] }),
    clock: () => now,
    ...overrides,
  };
  return { db, diagnostics: new Diagnostics(sources) };
}

describe('technician diagnostics', () => {
  it('lists a refused item without what it carried, and a resend puts it back in the outbox', () => {
    const { db, diagnostics } = terminal();
    const events = new EventStore(db, new Vault(randomBytes(32)));
    const eventId = events.helpCall('citizen_request', new Date('2026-03-01T09:00:00.000Z'));
    const outbox = new Outbox(db);
    const [due] = outbox.dueEvents(now, 1);
    if (!due) throw new Error('the help call should be waiting');
    outbox.deadLetter(due, 422, 'comment: 联系电话 13800138000 is not allowed', now);

    const refused = diagnostics.sync();
    expect(refused.deadLetters).toEqual([{ id: due.outboxId, kind: 'event', httpStatus: 422, reason: expect.not.stringContaining('13800138000') as string, failedAt: now.toISOString() }]);
    expect(refused.checks.find((c) => c.id === 'sync.deadLetters')?.ok).toBe(false);

    diagnostics.resendDeadLetter(due.outboxId);
    const after = diagnostics.sync();
    expect(after.deadLetters).toEqual([]);
    expect(outbox.dueEvents(now, 10).map((e) => e.eventId)).toEqual([eventId]);
    expect(after.checks.find((c) => c.id === 'sync.outbox')?.detail.depth).toBe(1);
    expect(() => diagnostics.resendDeadLetter(due.outboxId)).toThrow(/没有这条被拒收的记录/);
  });

  it('says plainly when no previous catalog is kept, and refuses a rollback to nothing', () => {
    const { diagnostics } = terminal();
    const catalog = diagnostics.catalog();
    expect(catalog.previousVersion).toBeNull();
    expect(catalog.checks.map((c) => [c.id, c.ok, c.words.en])).toEqual([
      ['catalog.installed', false, 'No signed item catalog installed, so the terminal is out of service: check the network and wait for the platform to send one'],
      ['catalog.previous', true, 'No previous catalog is kept: there is nothing to roll back to'],
    ]);
    expect(() => diagnostics.rollBackCatalog()).toThrow(/无法回退/);
  });

  it('rolls back to the version kept before, and says which', () => {
    const { db, diagnostics } = terminal();
    const insert = db.prepare("INSERT INTO catalog_bundles (version, manifest, payload, search_index, installed_at, state) VALUES (?, '{}', x'', '', ?, ?)");
    insert.run(4, now.toISOString(), 'previous');
    insert.run(5, now.toISOString(), 'current');
    expect(diagnostics.catalog().previousVersion).toBe(4);
    expect(diagnostics.rollBackCatalog()).toEqual({ from: 5, to: 4 });
    expect(diagnostics.catalog().checks[0]?.detail).toEqual({ version: 4, source: 'signed' });
  });

  it('on a folder with no terminal, every part says it is not enrolled instead of failing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tongban-diag-'));
    const diagnostics = new Diagnostics({ dataDir, demo: false, db: undefined, link: undefined, devices: undefined, clockSkewMs: () => undefined });
    const checks = await diagnostics.all();
    expect(checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['sync.outbox', 'catalog.installed', 'network.platform', 'devices.configured']);
    for (const c of checks.filter((c) => !c.ok)) expect(c.words.zh).toMatch(/未注册|没有设备配置/);
  });
});
