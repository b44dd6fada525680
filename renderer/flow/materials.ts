import type { MaterialSubmission, MaterialView } from '../api.js';

/** What the citizen has chosen for one material so far; its pages may still be missing. */
export type MaterialChoice = { way: 'certificate' } | CapturedChoice | { way: 'owed' };

/**
 * A material photographed page by page (JPEG, base64). `camera` is the page the camera is open
 * for (pages.length for a new one), or null while it is off.
 */
export type CapturedChoice = { way: 'captured'; pages: string[]; camera: number | null };

export type Choices = Record<string, MaterialChoice>;

/** An e-certificate the citizen holds is used unless they choose otherwise: nothing to do for it. */
export function initialChoices(materials: readonly MaterialView[]): Choices {
  return Object.fromEntries(materials.filter((m) => m.certificate).map((m) => [m.key, { way: 'certificate' } as const]));
}

/** Whether the choice is finished: a page taken. 容缺's deadline is the catalog's, nothing to pick. */
export function isComplete(choice: MaterialChoice | undefined): boolean {
  if (!choice) return false;
  if (choice.way === 'captured') return choice.pages.length > 0;
  return true;
}

/** Materials that must be accounted for (required, or 容缺-able) and are not yet. */
export function unsatisfied(materials: readonly MaterialView[], choices: Choices): MaterialView[] {
  return materials.filter((m) => m.necessity !== 'optional' && !isComplete(choices[m.key]));
}

/** What case.submit receives: only finished choices (an optional material left alone is left out). */
export function materialsToSubmit(choices: Choices): MaterialSubmission[] {
  return Object.entries(choices).flatMap(([key, choice]): MaterialSubmission[] => {
    if (choice.way === 'captured') return choice.pages.length === 0 ? [] : [{ key, way: 'captured', pagesJpegBase64: choice.pages }];
    if (choice.way === 'owed') return [{ key, way: 'owed' }];
    return [{ key, way: 'certificate' }];
  });
}
