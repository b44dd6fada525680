// An ESLint rule that reads the layers as allow-lists: each folder says what it MAY import, of
// ours (folders, by path) and of packages, and anything else is an error. A deny-list misses
// what nobody thought to forbid; here a new arrow has to be written into eslint.config.js, where
// a reviewer sees it. The most specific layer (longest path) a file falls in is the one applied.
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

const builtins = new Set(builtinModules);

/** 'react-dom/client' -> 'react-dom', '@serialport/bindings/x' -> '@serialport/bindings', 'fs' -> 'node:fs'. */
function packageOf(specifier) {
  const [first = '', second = ''] = specifier.split('/');
  if (builtins.has(first)) return `node:${first}`;
  return first.startsWith('@') ? `${first}/${second}` : first;
}

function matchesPackage(name, patterns) {
  return patterns.some((p) => p === '*' || p === name || (p.endsWith('*') && name.startsWith(p.slice(0, -1))));
}

/** Our file or folder an import points at, relative to the repository root, '/'-separated; undefined outside it. */
function targetOf(specifier, file, root) {
  const target = relative(root, join(dirname(file), specifier));
  if (target.startsWith('..') || isAbsolute(target)) return undefined;
  return target.split(sep).join('/');
}

/** A module named with its compiled extension (host.js) is the source file (host.ts). */
const bare = (path) => path.replace(/\.(js|mjs|ts|tsx)$/, '');
const within = (path, prefix) => bare(path) === bare(prefix) || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);

function layerOf(path, layers) {
  return layers.filter((l) => within(path, l.layer)).sort((a, b) => b.layer.length - a.layer.length)[0];
}

/** Tests beside the code import their runner and the shared test support; the code itself may not. */
const testRunner = 'vitest';
const testSupport = 'tests/';
const isTest = (file) => /\.test\.tsx?$/.test(file);

function problem(specifier, file, root, layer) {
  if (specifier.startsWith('.')) {
    const target = targetOf(specifier, file, root);
    if (target === undefined) return `${specifier} is outside the repository`;
    if (isTest(file) && within(target, testSupport)) return undefined;
    const barred = (layer.mayNot ?? []).find((prefix) => within(target, prefix));
    if (barred) return `${target} is above this layer`;
    return layer.may.some((prefix) => within(target, prefix)) ? undefined : `${target} is not among ${layer.may.join(', ')}`;
  }
  const name = packageOf(specifier);
  if (name === testRunner && isTest(file)) return undefined;
  return matchesPackage(name, layer.packages) ? undefined : `the package ${name} is not among ${layer.packages.join(', ') || '(none)'}`;
}

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allow-list names (DESIGN.md: the arrows point one way).' },
    schema: [{ type: 'array', items: { type: 'object' } }],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const layer = layerOf(relative(root, file).split(sep).join('/'), context.options[0] ?? []);
    if (!layer) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = problem(source.value, file, root, layer);
      if (why) context.report({ node: source, message: `${layer.layer} may not import this: ${why}. ${layer.why}` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
