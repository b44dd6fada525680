import type { MaterialSubmission, MaterialView } from '../api.js';

/** What the citizen has chosen for one material so far; a photo may still be missing. */
export type MaterialChoice = { way: 'certificate' } | { way: 'captured'; jpegBase64: string | null } | { way: 'owed' };

export type Choices = Record<string, MaterialChoice>;

/** An e-certificate the citizen holds is used unless they choose otherwise: nothing to do for it. */
export function initialChoices(materials: readonly MaterialView[]): Choices {
  return Object.fromEntries(materials.filter((m) => m.certificate).map((m) => [m.key, { way: 'certificate' } as const]));
}

/** Whether the choice is finished: a photo taken. 容缺's deadline is the catalog's, nothing to pick. */
export function isComplete(choice: MaterialChoice | undefined): boolean {
  if (!choice) return false;
  if (choice.way === 'captured') return choice.jpegBase64 !== null;
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
    if (choice.way === 'owed') return [{ key, way: 'owed' }];
    return [{ key, way: 'certificate' }];
  });
}
