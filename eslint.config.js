// The import direction of DESIGN.md, enforced: renderer -> api <- core -> drivers.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'tty', 'stream'];
const natives = ['better-sqlite3', 'serialport', '@serialport/*', 'node-hid', '@electric-sql/pglite', 'ws', 'fastify'];
const ours = (...folders) => folders.flatMap((f) => [`**/${f}/**`, `**/${f}`]);

function forbid(files, patterns, why, extra = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }, ...extra.map((regex) => ({ regex, message: why }))] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.node22/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  forbid(
    ['renderer/**'],
    [...nodeBuiltins, ...natives, ...ours('drivers', 'core', 'platform', 'cli')],
    'The renderer runs in a sandboxed page: it talks to the Node side only through electron/api.',
    // `electron` itself and any of our electron/ folder but its api/.
    ['^electron(/.*)?$', '(^|/)electron/(?!api/)'],
  ),
  forbid(
    ['electron/api/**'],
    [...nodeBuiltins, ...natives, 'electron', ...ours('drivers', 'core', 'platform', 'cli', 'renderer')],
    'electron/api is the contract both sides import: it may use zod and nothing of ours or of Node.',
  ),
  forbid(
    ['electron/core/**'],
    ['electron', ...ours('renderer', 'cli'), '**/host.js', '**/main.js', '**/preload.js', '**/bridge/**'],
    'The core is host-agnostic: no Electron, no shell, no renderer, and of the platform only its wire protocol.',
    ['(^|/)platform/(?!protocol/)'],
  ),
  forbid(
    ['drivers/**'],
    ours('renderer', 'platform', 'cli'),
    'Drivers are plain Node: they import nothing of ours but drivers, and the pure GB 11643 check shared with the screen.',
    // `electron` itself and any of our electron/ folder but that one file.
    ['^electron(/.*)?$', '(^|/)electron/(?!api/id-number\\.js$)'],
  ),
  forbid(
    ['platform/**'],
    ['electron', ...ours('electron', 'renderer', 'drivers', 'cli')],
    'The platform is its own part: it imports only platform/* (and private-files, which every Node side shares).',
  ),
  forbid(
    ['private-files/**'],
    ['electron', ...natives, ...ours('electron', 'renderer', 'drivers', 'cli', 'platform')],
    'private-files is the one place data folders are made private: it imports only Node.',
  ),
  forbid(
    ['platform/protocol/**'],
    ['electron', ...natives, ...ours('electron', 'renderer', 'drivers', 'cli', 'server', 'db', 'routes')],
    'The wire protocol is shared by kiosk and platform: it holds types and pure helpers only.',
  ),
);
