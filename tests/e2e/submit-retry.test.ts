// A reply lost on its way back to the screen: the case was committed, the citizen saw an error
// and pressed 提交 again. The retry carries the same submission id and gets the same case.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { answerChoiceItem, identifyWithCard, settleMaterials } from '../support/citizen-steps.js';
import { useKiosk } from './harness.js';

describe('a submission whose reply was lost, tried again by the citizen', () => {
  const kiosk = useKiosk('submit-retry');

  it('shows the case committed the first time, and the terminal holds one case', async () => {
    const { demo } = kiosk;
    const page = await kiosk.newPage();
    const sent: unknown[] = [];
    // The first submission reaches the core and commits; its reply is lost (a core killed just after).
    await page.route('**/api/invoke/case.submit', async (route) => {
      sent.push(route.request().postDataJSON());
      if (sent.length > 1) return route.continue();
      await route.fetch();
      return route.abort('connectionreset');
    });
    await page.goto(demo.kioskUrl ?? '');
    await identifyWithCard(page, demo);
    await answerChoiceItem(page);
    await settleMaterials(page);
    await page.getByTestId('submit-error').waitFor();
    await page.getByTestId('materials-submit').click();
    await page.getByTestId('finish').waitFor({ timeout: 30_000 });

    const db = new BetterSqlite3(join(demo.coreConfig.dataDir, 'kiosk.sqlite'), { readonly: true });
    const stored = db.prepare<[], { case_number: string }>('SELECT case_number FROM cases').all();
    db.close();
    expect(stored).toHaveLength(1);
    expect((await page.getByTestId('case-number').innerText()).replace(/\s/g, '')).toBe(stored[0]?.case_number);
    const [first, second] = sent as { submissionId: string }[];
    expect(second?.submissionId).toBe(first?.submissionId);
  });
});
