// The fleet console's first page with a province-sized fleet: from asking Chromium for
// /console/fleet to the first terminal row on screen, beside the bare database query of the same
// rows in the same run (what no page can beat).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addAccount } from '../../platform/accounts/store.js';
import { terminalSummaries } from '../../platform/admin/terminals.js';
import { openPglite } from '../../platform/db/pglite.js';
import { startPlatform } from '../../platform/server.js';
import { launchBenchChromium } from './chromium.js';
import { figure, percentile, type Figure } from './figure.js';

const terminalCount = 3000;
const rounds = 15;
const password = 'bench console passphrase';

/** Terminals that have all beaten a moment ago, with devices, versions and an outbox, as the list shows them. */
async function seedFleet(db: Awaited<ReturnType<typeof openPglite>>): Promise<void> {
  await db.query(
    `INSERT INTO terminals (id, code, name, hall_name, region_code, public_key)
     SELECT gen_random_uuid(), 'C' || lpad(n::text, 5, '0'), n || ' 号机', '村级便民服务点', '420102', 'unused'
       FROM generate_series(1, $1::int) AS n`,
    [terminalCount],
  );
  await db.query(
    `INSERT INTO terminal_status (terminal_id, received_at, sent_at, versions, health, outbox_depth, dead_letters)
     SELECT id, now(), now(), '{"app":"0.1.0","catalog":"2026.11.1"}', '{"idcard":{"ok":true},"printer":{"ok":true}}', 0, 0 FROM terminals`,
  );
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function consoleFleetFigures(): Promise<Figure[]> {
  const db = await openPglite();
  const platform = await startPlatform({ db, adminToken: 'bench-admin-token-0123456789', consoleDir: join(process.cwd(), 'dist', 'console'), alertSweepSeconds: 3600 });
  const browser = await launchBenchChromium();
  try {
    await seedFleet(db);
    await addAccount(db, { name: 'bench', role: 'admin', regionCode: '420000', password }, { name: 'bench', sourceIp: null });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${platform.url}/console/fleet`);
    await page.getByTestId('login-name').fill('bench');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('terminal-row').first().waitFor();
    const screen: number[] = [];
    const query: number[] = [];
    for (let i = 0; i < rounds; i++) {
      screen.push(await timed(async () => {
        await page.goto(`${platform.url}/console/fleet`);
        await page.getByTestId('terminal-row').first().waitFor();
      }));
      query.push(await timed(() => terminalSummaries(db, '42')));
    }
    return [
      figure(`console fleet page, ${terminalCount} terminals: load to first row on screen (median)`, percentile(screen, 50), 'ms', 'bare query of the same rows (median)', percentile(query, 50)),
    ];
  } finally {
    await browser.close();
    await platform.close();
    await db.close();
  }
}
