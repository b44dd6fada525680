import type { MaterialSubmission, MaterialView, owedDayChoices } from '../api.js';

export type OwedDays = (typeof owedDayChoices)[number];

/** What the citizen has chosen for one material so far; a photo or a deadline may still be missing. */
export type MaterialChoice =
  | { way: 'certificate' }
  | { way: 'captured'; jpegBase64: string | null }
  | { way: 'owed'; workingDays: OwedDays | null };

export type Choices = Record<string, MaterialChoice>;

/** An e-certificate the citizen holds is used unless they choose otherwise: nothing to do for it. */
export function initialChoices(materials: readonly MaterialView[]): Choices {
  return Object.fromEntries(materials.filter((m) => m.certificate).map((m) => [m.key, { way: 'certificate' } as const]));
}

/** Whether the choice is finished: a photo taken, a deadline picked. */
export function isComplete(choice: MaterialChoice | undefined): boolean {
  if (!choice) return false;
  if (choice.way === 'captured') return choice.jpegBase64 !== null;
  if (choice.way === 'owed') return choice.workingDays !== null;
  return true;
}

/** Materials that must be accounted for (required, or 容缺-able) and are not yet. */
export function unsatisfied(materials: readonly MaterialView[], choices: Choices): MaterialView[] {
  return materials.filter((m) => m.necessity !== 'optional' && !isComplete(choices[m.key]));
}

/** What case.submit receives: only finished choices (an optional material left alone is left out). */
export function materialsToSubmit(choices: Choices): MaterialSubmission[] {
  return Object.entries(choices).flatMap(([key, choice]): MaterialSubmission[] => {
    if (choice.way === 'captured') return choice.jpegBase64 === null ? [] : [{ key, way: 'captured', jpegBase64: choice.jpegBase64 }];
    if (choice.way === 'owed') return choice.workingDays === null ? [] : [{ key, way: 'owed', workingDays: choice.workingDays }];
    return [{ key, way: 'certificate' }];
  });
}
