import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, matchesGlob } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = process.cwd();
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const configPath = join(root, 'build/electron-builder.json');
/** electron-builder's own schema, the one it checks a configuration against before it builds. */
const schemePath = join(root, 'node_modules/app-builder-lib/scheme.json');

/** The parts of the configuration the tests below read; the schema checks the whole. */
const targetSchema = z.object({ target: z.string(), arch: z.array(z.string()) });
const configSchema = z.object({
  files: z.array(z.string()),
  asarUnpack: z.array(z.string()),
  afterPack: z.string(),
  linux: z.object({ target: z.array(targetSchema) }),
  deb: z.object({ depends: z.array(z.string()) }),
  win: z.object({ target: z.array(targetSchema) }),
});
const manifestSchema = z.object({
  name: z.string(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
});

/** Where Node finds a package from `from` (a package folder), walking up the node_modules folders. */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}

/** A package holds compiled code when it has a gyp build, prebuilt binaries, or a .node file of its own. */
const isNative = (dir: string): boolean =>
  existsSync(join(dir, 'binding.gyp')) || existsSync(join(dir, 'prebuilds')) || readdirSync(dir).some((f) => f.endsWith('.node'));

/**
 * The installed packages the kiosk runs that hold native code: package.json's dependencies and
 * everything they pull in (optional platform packages too: @napi-rs/canvas keeps its binary in
 * one), as node_modules/<name> paths. No list to keep up by hand: a new native dependency shows up.
 */
function nativePackagePaths(): string[] {
  const seen = new Map<string, string>();
  const visit = (dir: string): void => {
    const manifest = manifestSchema.parse(readJson(join(dir, 'package.json')));
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = packageDir(name, dir);
      if (found === undefined || seen.has(found)) continue; // an optional package for another platform
      seen.set(found, name);
      visit(found);
    }
  };
  visit(root);
  return [...seen].filter(([dir]) => isNative(dir)).map(([dir]) => dir.slice(root.length + 1));
}

const config = configSchema.parse(readJson(configPath));

describe('build/electron-builder.json', () => {
  it('is a configuration electron-builder accepts, by its own schema', () => {
    // The options electron-builder's own validator uses (app-builder-lib's schemaValidator), less
    // coerceTypes: a string where a boolean belongs passes there but fails here, which errs safe.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(readJson(schemePath) as object);
    expect(validate(readJson(configPath))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('unpacks every native module from the asar, where Electron can load it', () => {
    const native = nativePackagePaths();
    expect(native).toEqual(expect.arrayContaining(['node_modules/better-sqlite3', 'node_modules/node-hid', 'node_modules/@serialport/bindings-cpp']));
    const packed = native.filter((path) => !config.asarUnpack.some((glob) => matchesGlob(`${path}/build/x.node`, glob)));
    expect(packed).toEqual([]);
  });

  it('builds AppImage and deb for x64 and arm64 (provincial terminals run Linux on ARM) and an NSIS installer', () => {
    const linux = Object.fromEntries(config.linux.target.map((t) => [t.target, [...t.arch].sort()]));
    expect(linux).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] });
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
  });

  it('makes the deb pull in libusb, which node-hid needs for USB card readers', () => {
    expect(config.deb.depends).toContain('libusb-1.0-0');
  });

  it('packs the compiled app and the afterPack hook that sets the fuses, not the tests', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', '!dist/tests/**']));
    expect(config.afterPack).toBe('./dist/build/packaging/after-pack.js');
    expect(existsSync(join(root, 'build/packaging/after-pack.ts'))).toBe(true);
  });
});
