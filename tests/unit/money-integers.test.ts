// A lint of its own for money: the modules that touch amounts hold no floating point (DESIGN.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Everything that handles money: its source (not tests) may hold no floating point. */
const moneyFolders = ['platform/payments', 'electron/core/payments'];
const moneyFiles = ['standards/fen.ts', 'platform/protocol/payments.ts', 'electron/api/payments.ts'];
const floating = /parseFloat|toFixed|toPrecision|Math\.(round|floor|ceil|trunc)|\b\d+\.\d+\b|\/\s*100\b|\*\s*0\.\d/;

function sourcesOf(folder: string): string[] {
  return readdirSync(join(root, folder))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => join(folder, f));
}

/** Code without its comments and its quoted strings, which may say 10.50 元 (template strings are kept: their ${} is code). */
function codeOf(file: string): string[] {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').replace(/'[^']*'|"[^"]*"/g, "''"));
}

describe('the money modules', () => {
  it('use integers only: no float parsing, rounding, decimal literals or division into 元', () => {
    const files = [...moneyFolders.flatMap(sourcesOf), ...moneyFiles];
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) => codeOf(file).flatMap((line, i) => (floating.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});
