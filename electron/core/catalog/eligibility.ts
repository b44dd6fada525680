import type { RefusalView } from '../../api/values.js';
import { unmetConditions, unmetWords } from '../../../standards/eligibility.js';
import { refusal, type KioskError } from '../../api/kiosk-error.js';
import type { Applicable } from './catalog.js';

/** The catalog's `instead` is Chinese; an English reader is sent where it sends everyone. */
const elsewhereEn = 'Ask at the service centre counter, or call the 12345 hotline';

/**
 * Which items of what the citizen chose they may not apply for, and why. Before the form (no
 * answers) only the card is checked; at submit the answers too. A 一件事 is refused when any of
 * its items is: it is handed in as a whole.
 */
export function refusalsOf(wanted: Pick<Applicable, 'items'>, idNumber: string, today: Date, answers?: Readonly<Record<string, string>>): RefusalView[] {
  return wanted.items.flatMap((item) => {
    if (!item.eligibility) return [];
    const unmet = unmetConditions(item.eligibility, idNumber, today, answers);
    return unmet.length === 0 ? [] : [{ itemName: item.name, unmet, instead: item.eligibility.instead }];
  });
}

/** The core's own check at submit: a screen that skipped the first check is refused here. */
export function assertEligible(wanted: Pick<Applicable, 'items'>, idNumber: string, today: Date, answers: Readonly<Record<string, string>>): void {
  const [first] = refusalsOf(wanted, idNumber, today, answers);
  if (first) throw notEligible(first);
}

function notEligible(refused: RefusalView): KioskError {
  const words = refused.unmet.map(unmetWords);
  return refusal(
    'NOT_ELIGIBLE',
    { zh: `不能申请“${refused.itemName}”：${words.map((w) => w.zh).join('；')}`, en: `You cannot apply for this service: ${words.map((w) => w.en).join('; ')}` },
    { zh: refused.instead, en: elsewhereEn },
  );
}
