import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const rulesPath = join(process.cwd(), 'build', 'udev', '99-tongban.rules');

interface Pair {
  key: string;
  operator: string;
  value: string;
}

/** udev(7): KEY, an optional {attribute}, an operator, a double-quoted value. */
const pairPattern = /^([A-Z]+)(?:\{([A-Za-z0-9_.*-]+)\})?(==|!=|\+=|-=|:=|=)"([^"]*)"$/;
const matchKeys = new Set(['ACTION', 'KERNEL', 'KERNELS', 'SUBSYSTEM', 'SUBSYSTEMS', 'DRIVER', 'DRIVERS', 'ATTR', 'ATTRS', 'ENV', 'TAG', 'TAGS']);
const assignKeys = new Set(['SYMLINK', 'GROUP', 'MODE', 'OWNER', 'TAG', 'ENV', 'RUN']);

function parse(line: string): Pair[] {
  return line.split(/,\s*/).map((text) => {
    const match = pairPattern.exec(text.trim());
    if (!match) throw new Error(`not a udev key/operator/value: ${text}`);
    const [, key = '', attribute, operator = '', value = ''] = match;
    const matching = operator === '==' || operator === '!=';
    if (!(matching ? matchKeys : assignKeys).has(key)) throw new Error(`${key} cannot take ${operator}`);
    return { key: attribute ? `${key}{${attribute}}` : key, operator, value };
  });
}

/** Read in each test, so a malformed line fails the tests by name rather than the file's loading. */
function readRules(): Pair[][] {
  return readFileSync(rulesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map(parse);
}

describe('the udev rules', () => {
  it('are every one a valid list of key, operator and quoted value, matching before assigning', () => {
    const rules = readRules();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.some((pair) => pair.operator === '==')).toBe(true);
      expect(rule.some((pair) => !['==', '!='].includes(pair.operator))).toBe(true);
    }
  });

  it('give the reader, the printer and the scanner one stable name each', () => {
    const rules = readRules();
    const symlinks = rules.flatMap((rule) => rule.filter((pair) => pair.key === 'SYMLINK').map((pair) => pair.value));
    expect(new Set(symlinks).size).toBe(symlinks.length);
    expect(symlinks).toEqual(expect.arrayContaining(['tongban-idcard', 'tongban-printer', 'tongban-scanner']));
  });

  it('let the kiosk user, not everyone, open each device', () => {
    const rules = readRules();
    for (const rule of rules) {
      expect(rule).toContainEqual({ key: 'GROUP', operator: '=', value: 'plugdev' });
      expect(rule).toContainEqual({ key: 'MODE', operator: '=', value: '0660' });
    }
  });

  it('match vendor and product ids of four hex digits', () => {
    const rules = readRules();
    const ids = rules.flatMap((rule) => rule.filter((pair) => /^ATTRS\{id(Vendor|Product)\}$/.test(pair.key)).flatMap((pair) => pair.value.split('|')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{4}$/);
  });
});
