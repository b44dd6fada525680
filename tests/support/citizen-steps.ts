import type { Page } from 'playwright-core';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';

/** 社会保障卡补领: two fields prefilled from the card and one choice to make. */
export const choiceItem = 'WH-RS-002';

/** From home: 我要办, the card laid on the simulated reader and taken off once read. */
export async function identifyWithCard(page: Page, demo: RunningDemo): Promise<void> {
  await page.getByTestId('home-apply').click();
  await page.getByTestId('identify-status').waitFor();
  demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('identity-continue').waitFor();
  demo.devices.idcardSim?.removeCard();
}

/** From the confirm screen: the item, its one choice, 提交, until the receipt screen is up. */
export async function applyForItem(page: Page): Promise<void> {
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(`item-${choiceItem}`).click();
  await page.getByTestId('option-delivery.method-post').click();
  await page.getByTestId('submit').click();
  await page.getByTestId('finish').waitFor({ timeout: 30_000 });
}
