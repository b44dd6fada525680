import { describe, expect, it } from 'vitest';
import { maxPagesPerMaterial } from '../api.js';
import type { CapturedChoice } from './materials.js';
import { addPage, cameraClosed, canAddPage, deletePage, pageTaken, retakePage, startCapture } from './material-pages.js';

describe('the pages of a photographed material', () => {
  it('adds each new page after the last, with the camera off between them', () => {
    const one = pageTaken(startCapture(), 'p1');
    expect(one).toEqual({ way: 'captured', pages: ['p1'], camera: null });
    const two = pageTaken(addPage(one), 'p2');
    expect(two.pages).toEqual(['p1', 'p2']);
  });

  it('a retake replaces that page in its place', () => {
    const two = pageTaken(addPage(pageTaken(startCapture(), 'p1')), 'p2');
    expect(pageTaken(retakePage(two, 0), 'p1 again').pages).toEqual(['p1 again', 'p2']);
  });

  it('deleting a page keeps the others in order; deleting the only page leaves no choice', () => {
    const none: CapturedChoice = { ...startCapture(), camera: null };
    const three = ['p1', 'p2', 'p3'].reduce((choice, page) => pageTaken(addPage(choice), page), none);
    expect(deletePage(three, 1)?.pages).toEqual(['p1', 'p3']);
    expect(deletePage(pageTaken(startCapture(), 'p1'), 0)).toBeUndefined();
  });

  it('closing the camera keeps the pages taken, or leaves no choice when there were none', () => {
    expect(cameraClosed(startCapture())).toBeUndefined();
    const one = pageTaken(startCapture(), 'p1');
    expect(cameraClosed(addPage(one))).toEqual(one);
  });

  it('stops offering another page at the limit the core accepts', () => {
    let choice: CapturedChoice = { ...startCapture(), camera: null };
    for (let n = 0; n < maxPagesPerMaterial; n += 1) choice = pageTaken(addPage(choice), `p${n}`);
    expect(canAddPage(choice)).toBe(false);
    expect(addPage(choice)).toBe(choice);
  });
});
