import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = ['standards', 'private-files', 'electron', 'drivers', 'platform', 'renderer', 'cli'];

function sources(): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .map((path) => join(folder, path))
      .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.split(/[\\/]/).includes('node_modules')),
  );
}

/** Our modules a file imports (types too: a type cycle still ties two concepts together). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => normalize(join(dirname(file), m[1] ?? '')))
    .flatMap((target) => [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx')].filter((path) => existsSync(join(root, path))).slice(0, 1));
}

/** Each cycle in the import graph, as the files around it (depth-first, colouring the stack). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph', () => {
  // Two modules that import each other are one concept in two places: neither can be read,
  // tested or moved alone. The layer lint keeps the arrows pointing down; this keeps peers apart.
  it('has no cycle', () => {
    const graph = new Map(sources().map((file) => [file, importsOf(file)]));
    expect(graph.size).toBeGreaterThan(200);
    expect(cycles(graph).map((cycle) => cycle.map((file) => relative(root, join(root, file))).join(' -> '))).toEqual([]);
  });
});
