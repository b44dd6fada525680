/**
 * The srcdoc of the mirror's iframe: the kiosk's sanitized screen in a document that can do
 * nothing. The iframe's sandbox allows no scripts; this CSP also forbids any load but inline
 * styles and data: images, so a snapshot that got past the kiosk's sanitizer still fetches nothing.
 */
const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** Inside <style>, only `</style` could end the sheet early: written as a CSS escape instead. */
const inStyle = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

/** Shifts each scrolled box's content as the kiosk scrolled it (the mirror runs no script to scroll). */
const scrolled = (scrolls: readonly number[]): string => scrolls.map((top, i) => `[data-mirror-scroll="${i}"]>*{translate:0 -${top}px}`).join('');

/** The call's dock, left out of the picture, keeps its place as a plain box. */
const spaced = (spaces: ReadonlyArray<{ width: number; height: number }>): string =>
  spaces.map(({ width, height }, i) => `[data-mirror-space="${i}"]{flex:none;width:${width}px;height:${height}px;background:#3b4450}`).join('');

export function mirrorDocument(screen: { html: string; scrolls: readonly number[]; spaces: ReadonlyArray<{ width: number; height: number }>; width: number; height: number }, css: string): string {
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<style>${inStyle(css)}</style>`,
    // The kiosk's viewport exactly, so its layout (and the pointer's fractions) match the kiosk's.
    `<style>html,body{margin:0;width:${screen.width}px;height:${screen.height}px;overflow:hidden;pointer-events:none}${scrolled(screen.scrolls)}${spaced(screen.spaces)}</style>`,
    // The kiosk's page holds its app in #root, which its stylesheet may size.
    `</head><body><div id="root">${screen.html}</div></body></html>`,
  ].join('');
}
