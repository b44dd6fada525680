import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { itemUsage } from './usage.js';

function store() {
  return openStore(join(mkdtempSync(join(tmpdir(), 'usage-')), 'kiosk.sqlite'));
}

describe('usage counted on this terminal', () => {
  it('counts a case twice what a guide opened counts, per item, and nothing of who', () => {
    const db = store();
    const usage = itemUsage(db);
    usage.guideOpened('WH-GA-005');
    usage.guideOpened('WH-GA-005');
    usage.guideOpened('WH-RS-002');
    db.prepare(
      "INSERT INTO cases (id, case_number, item_code, item_name, accepted_at, applicant_name, applicant_id_number, answers, status) VALUES ('c1', 'N1', 'WH-RS-002', '补领', '2026-12-02', x'00', x'00', x'00', 'accepted_on_terminal')",
    ).run();
    expect(usage.counts()).toEqual(new Map([['WH-GA-005', 2], ['WH-RS-002', 3]]));
    expect(db.prepare('SELECT * FROM guide_opens ORDER BY item_code').all()).toEqual([
      { item_code: 'WH-GA-005', opened: 2 },
      { item_code: 'WH-RS-002', opened: 1 },
    ]);
  });
});
