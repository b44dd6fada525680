import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
/** The colors and spaces the kiosk and the fleet console share. */
const sharedTokens = read('ui-shared/tokens.css');
const styles = read('renderer/styles.css');
/**
 * Every stylesheet of the kiosk and the console, found by listing their folders rather than named
 * here, so a screen's CSS added later is held to the tokens without anyone remembering to add it.
 */
const sheetPaths = ['renderer', 'console', 'ui-shared']
  .flatMap((folder) => readdirSync(new URL(`${folder}/`, root), { recursive: true, encoding: 'utf8' }).map((path) => `${folder}/${path.replaceAll('\\', '/')}`))
  .filter((path) => path.endsWith('.css') && !path.split('/').includes('node_modules'))
  .sort();
const sheets = Object.fromEntries(sheetPaths.map((path) => [path, read(path)]));

function rootTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/u.exec(css)?.[1] ?? '';
  return new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/gu)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

/** WCAG 2 relative luminance of a #rrggbb color. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Every text color on every background it is drawn on, as the stylesheets pair them. */
const pairs = [
  ['ink', 'paper'], ['ink', 'ground'], ['ink', 'blue-pale'], ['ink', 'key-soft'], ['ink', 'green-pale'],
  ['ink-soft', 'paper'], ['ink-soft', 'ground'], ['ink-soft', 'keyboard'], ['ink-soft', 'green-pale'],
  ['blue', 'paper'], ['blue', 'ground'], ['blue-dark', 'blue-pale'],
  ['red', 'paper'], ['red', 'red-pale'], ['red', 'ground'],
  ['green', 'paper'], ['green', 'ground'], ['green', 'green-pale'],
  ['amber', 'amber-pale'], ['amber', 'paper'],
  ['on-strong', 'blue'], ['on-strong', 'blue-dark'], ['on-strong', 'green'], ['on-strong', 'amber'], ['on-strong', 'ink-soft'],
  ['device-label', 'device'],
] as const;

describe('the design tokens', () => {
  const tokens = new Map([...rootTokens(sharedTokens), ...rootTokens(styles)]);

  for (const [text, background] of pairs) {
    it(`--${text} on --${background} has at least 4.5:1 contrast`, () => {
      const [fg, bg] = [tokens.get(`--${text}`), tokens.get(`--${background}`)];
      expect(fg).toMatch(/^#[0-9a-f]{6}$/u);
      expect(bg).toMatch(/^#[0-9a-f]{6}$/u);
      expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('finds the stylesheets of every screen of the kiosk and the console, not only styles.css', () => {
    expect(sheetPaths).toEqual(
      expect.arrayContaining(['renderer/styles.css', 'renderer/keyboard/keyboard.css', 'renderer/screens/home/home.css', 'renderer/screens/query/my-cases.css', 'console/styles.css', 'ui-shared/tokens.css']),
    );
  });

  for (const [name, css] of Object.entries(sheets)) {
    it(`${name} takes every color, text size and space from a token`, () => {
      const rules = css.replace(/:root\s*\{[^}]*\}/u, '').replace(/\/\*[\s\S]*?\*\//gu, '');
      expect(rules.match(/#[0-9a-f]{3,8}\b|rgba?\(/giu) ?? []).toEqual([]);
      expect(rules.match(/font-size:\s*\d[^;}]*/gu) ?? []).toEqual([]);
      expect(rules.match(/(?:padding|margin|gap)[\w-]*:\s*[^;}]*[1-9]\d*px[^;}]*/gu) ?? []).toEqual([]);
    });
  }
});
