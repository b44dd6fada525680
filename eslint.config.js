// The import direction of DESIGN.md as allow-lists: each layer names what it may import, of ours
// and of packages; everything else is a lint error (build/lint/allowed-imports.js). The arrows:
// renderer -> api <- core -> drivers, the wire protocol shared by core and platform, national
// standards at the bottom for everyone. tests/unit/layers.test.ts proves each rule bites.
import tseslint from 'typescript-eslint';
import { allowedImports } from './build/lint/allowed-imports.js';

const nodeSide = ['node:*'];
const standards = 'standards/';
/** Making data folders 0700 and files 0600: every Node side that writes citizens' data shares it. */
const privateFiles = 'private-files/';
/** Reading a built page's files: the kiosk's browser host and the platform's console share it. */
const staticFiles = 'static-files/';
/** The design tokens and the i18n setup the kiosk's renderer and the fleet console share. */
const uiShared = 'ui-shared/';
const pagePackages = ['react', 'react-dom', 'i18next', 'react-i18next', 'qrcode', 'zod'];

/** The core's concepts, a folder each; sync sits above them and the composition root above all. */
const corePeers = ['app-code', 'cases', 'catalog', 'config', 'devices', 'disk', 'feedback', 'guide', 'handwriting', 'lifecycle', 'log', 'materials', 'print', 'results', 'session', 'store', 'technician', 'uplink'];
/** Technician checks read every concept and the sync, so they sit above them beside the composition root. */
const diagnostics = 'electron/core/diagnostics/';
const compositionRoot = ['electron/core/open-kiosk.ts', 'electron/core/handlers.ts', 'electron/core/kiosk-services.ts', 'electron/core/entry.ts'];

const layers = [
  {
    layer: 'standards',
    may: [standards],
    packages: [],
    why: 'National standards (GB 11643, GB/T 2260, case numbers) are the bottom layer: pure, importing nothing.',
  },
  {
    layer: 'private-files',
    may: [privateFiles],
    packages: nodeSide,
    why: 'private-files is the one place data folders are made private: it imports only Node.',
  },
  {
    layer: 'static-files',
    may: [staticFiles],
    packages: nodeSide,
    why: 'static-files reads a built page for whichever server serves it: it imports only Node.',
  },
  {
    layer: 'ui-shared',
    may: [uiShared],
    packages: ['react', 'i18next', 'react-i18next', 'qrcode', 'zod'],
    why: 'ui-shared is what two pages share (tokens, i18n setup, the QR drawing, the call and its data channel\'s messages): no screens, no contract, no Node.',
  },
  {
    layer: 'electron/api',
    may: ['electron/api/', standards],
    packages: ['zod'],
    why: 'electron/api is the contract both sides import: zod and the standards, nothing of Node.',
  },
  {
    layer: 'platform/protocol',
    may: ['platform/protocol/', standards],
    packages: ['zod', 'node:crypto'],
    why: 'The wire protocol is shared by kiosk and platform: types and pure helpers only.',
  },
  {
    layer: 'drivers',
    may: ['drivers/', standards],
    packages: [...nodeSide, 'serialport', '@serialport/*', 'node-hid', 'iconv-lite', 'pngjs', 'qrcode', '@napi-rs/canvas', 'zod'],
    why: 'Drivers are plain Node: they speak to devices and know nothing of the kiosk above them.',
  },
  {
    layer: 'electron/core',
    may: ['electron/core/', 'electron/api/', 'drivers/', 'platform/protocol/', standards, privateFiles],
    packages: [...nodeSide, 'better-sqlite3', 'zod', 'uuid', 'pinyin-pro', '@node-rs/jieba', 'pdfkit', 'qrcode', 'iconv-lite'],
    why: 'The core is host-agnostic: no Electron, no shell, no renderer, and of the platform only its wire protocol.',
  },
  // The core's own concepts: each may use the others, but not the sync above them nor the
  // composition root that wires them (they get narrow services instead).
  ...corePeers.map((peer) => ({
    layer: `electron/core/${peer}`,
    may: ['electron/core/', 'electron/api/', 'drivers/', 'platform/protocol/', standards, privateFiles],
    mayNot: ['electron/core/sync/', diagnostics, ...compositionRoot],
    packages: [...nodeSide, 'better-sqlite3', 'zod', 'uuid', 'pinyin-pro', '@node-rs/jieba', 'pdfkit', 'qrcode', 'iconv-lite'],
    why: `The core's concepts lie below electron/core/sync, which delivers what they store, below the technician's diagnostics, and below the composition root (${compositionRoot.join(', ')}).`,
  })),
  {
    layer: 'electron',
    may: ['electron/', 'drivers/', 'platform/protocol/', standards, staticFiles],
    packages: [...nodeSide, 'electron', 'electron-updater', 'ws', 'zod', 'vite'],
    why: 'The shell (main, preload, host, bridge) wraps the core; it never reaches the renderer or the platform.',
  },
  {
    layer: 'renderer',
    may: ['renderer/', uiShared],
    packages: [...pagePackages, 'preact'],
    why: 'The renderer is a sandboxed page: no Node, and the contract only through renderer/api.ts.',
  },
  {
    layer: 'renderer/api.ts',
    may: ['renderer/', 'electron/api/', standards],
    packages: ['zod'],
    why: 'renderer/api.ts is the one place the screens take the contract from.',
  },
  { layer: 'renderer/vite.config.ts', may: ['renderer/'], packages: ['vite', '@vitejs/plugin-react', ...nodeSide], why: 'Build configuration.' },
  {
    layer: 'console',
    may: ['console/', uiShared, 'platform/protocol/', standards],
    // ECharts draws the console's charts (its modular echarts/* entries, so only what is used is bundled).
    packages: [...pagePackages, 'echarts'],
    why: 'The fleet console is a page in an office browser: the wire schemas and the shared tokens and i18n, never the kiosk, Electron or the platform\'s insides.',
  },
  { layer: 'console/vite.config.ts', may: ['console/'], packages: ['vite', '@vitejs/plugin-react', ...nodeSide], why: 'Build configuration.' },
  {
    layer: 'platform',
    may: ['platform/', standards, privateFiles, staticFiles],
    packages: [...nodeSide, 'fastify', 'pg', '@electric-sql/pglite', 'zod', 'uuid'],
    why: 'The platform is its own part: it imports only platform/* and the standards.',
  },
  {
    layer: 'build/packaging',
    may: ['build/packaging/'],
    packages: [...nodeSide, '@electron/fuses', 'electron-builder', 'ajv', 'zod'],
    why: 'Packaging runs inside electron-builder, on the build machine: it imports none of the app it packs.',
  },
  {
    layer: 'fleet-sim',
    may: ['fleet-sim/', 'platform/protocol/', 'electron/api/', standards],
    packages: [...nodeSide, 'zod', 'uuid'],
    why: 'The simulated fleet speaks only the wire protocol, as a terminal on the network would: no platform internals, no kiosk core.',
  },
  {
    layer: 'cli',
    may: ['cli/', 'electron/core/', 'electron/api/', 'electron/host.ts', 'electron/bridge/', 'electron/shell/', 'drivers/', 'platform/', 'fleet-sim/', standards, privateFiles],
    packages: [...nodeSide, 'better-sqlite3', 'serialport', 'zod', 'qrcode'],
    why: 'The tongban command composes every part but the renderer, which only runs in a page (qrcode: `tongban platform token` draws the enrollment QR in the terminal).',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.node22/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { layers: { rules: { 'allowed-imports': allowedImports } } },
    rules: { 'layers/allowed-imports': ['error', layers] },
  },
);
