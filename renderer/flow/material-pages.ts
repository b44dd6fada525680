import { maxPagesPerMaterial } from '../api.js';
import type { CapturedChoice } from './materials.js';

/**
 * The pages of a photographed material: taking, retaking, deleting, and the camera in between.
 * Pure, so the screen only shows what these return. A material left with no page and no camera
 * open is no choice at all (undefined), as if the citizen had not tapped 拍照上传.
 */

export const startCapture = (): CapturedChoice => ({ way: 'captured', pages: [], camera: 0 });

/** The page the camera was open for is now this photo: a retake replaces, a new page is added. */
export function pageTaken(choice: CapturedChoice, jpegBase64: string): CapturedChoice {
  const at = choice.camera ?? choice.pages.length;
  const pages = [...choice.pages];
  pages[at] = jpegBase64;
  return { ...choice, pages, camera: null };
}

export function retakePage(choice: CapturedChoice, page: number): CapturedChoice {
  return page < choice.pages.length ? { ...choice, camera: page } : choice;
}

export function canAddPage(choice: CapturedChoice): boolean {
  return choice.camera === null && choice.pages.length < maxPagesPerMaterial;
}

export function addPage(choice: CapturedChoice): CapturedChoice {
  return canAddPage(choice) ? { ...choice, camera: choice.pages.length } : choice;
}

export function deletePage(choice: CapturedChoice, page: number): CapturedChoice | undefined {
  const pages = choice.pages.filter((_, i) => i !== page);
  return pages.length === 0 ? undefined : { ...choice, pages, camera: null };
}

/** Closed without a photo: the pages already taken stay. */
export function cameraClosed(choice: CapturedChoice): CapturedChoice | undefined {
  return choice.pages.length === 0 ? undefined : { ...choice, camera: null };
}
