import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanMeaning } from '../../../electron/api/scan-meaning.js';
import { requestEnrollment } from '../../../electron/core/enrollment/enrollment.js';
import { enrollmentTokenReplySchema } from '../../../platform/protocol/index.js';
import { qrPath } from '../../../ui-shared/qr-path.js';
import { adminToken, hall, postJson, startTestPlatform, type TestPlatform } from './harness.js';

// jsqr is CommonJS carrying an ES default: Node's import gives module.exports, vitest's the default itself.
const jsQR: typeof jsQRModule.default = typeof jsQRModule === 'function' ? jsQRModule : jsQRModule.default;

const scale = 4;
const quiet = 4;

/** Dark modules as a photo of the code: black on white, each module scale×scale pixels, a quiet zone around. */
function photo(dark: (row: number, column: number) => boolean, size: number): { data: Uint8ClampedArray; width: number } {
  const width = (size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const [row, column] = [Math.floor(y / scale) - quiet, Math.floor(x / scale) - quiet];
      if (row >= 0 && column >= 0 && row < size && column < size && dark(row, column)) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width };
}

function decode({ data, width }: { data: Uint8ClampedArray; width: number }): string {
  return jsQR(data, width, width)?.data ?? expect.fail('the QR code does not decode');
}

/** The console's QR, read back from the SVG path ui-shared/QrCode.tsx draws (a square `M{x} {y}h1v1h-1z` per dark module). */
function consoleQr(text: string): string {
  const { path, modules } = qrPath(text);
  const dark = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${y},${x}`));
  return decode(photo((row, column) => dark.has(`${row},${column}`), modules));
}

/** The terminal's QR as `tongban platform token` draws it: two module rows a character (▀ top, ▄ bottom, █ both). */
function terminalQr(drawn: string): string {
  const rows = drawn
    .split('\n')
    .filter((line) => line.startsWith('\u001b[47m\u001b[30m') && !line.includes('\u001b[37m'))
    .map((line) => [...line.replace(/\u001b\[\d+m/g, '')]);
  // The first row and column are the drawing's own white margin.
  const dark = (row: number, column: number) => {
    const char = rows[Math.floor(row / 2)]?.[column] ?? ' ';
    return char === '█' || (row % 2 === 0 ? char === '▀' : char === '▄');
  };
  return decode(photo(dark, Math.max(rows.length * 2, rows[0]?.length ?? 0)));
}

/** What the kiosk does with a scanned enrollment QR: reads it, then enrolls with what it read. */
async function enrollWith(scanned: string) {
  const meaning = scanMeaning(scanned);
  if (meaning.kind !== 'enrollment') return expect.fail(`the kiosk took the QR for ${meaning.kind}`);
  return (await requestEnrollment({ url: meaning.platformUrl }, meaning.token)).reply;
}

describe('the enrollment QR', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform('pglite');
  });
  afterAll(() => platform.close());

  it("the console's, of the platform's address and the one-time token, enrolls the kiosk that scans it", async () => {
    const res = await postJson(`${platform.url}/v1/admin/enrollment-tokens`, hall, { authorization: `Bearer ${adminToken}` });
    const made = enrollmentTokenReplySchema.parse(await res.json());
    expect(made.platformUrl).toBe(platform.url);
    const scanned = consoleQr(made.enrollCode);
    expect(scanned).toBe(made.enrollCode);
    expect(await enrollWith(scanned)).toMatchObject({ hallName: hall.hallName, regionCode: hall.regionCode });
  });

  it('`tongban platform token`, drawn on the terminal, enrolls the kiosk as well', { timeout: 120_000 }, async () => {
    // Its own PGlite folder (the command opens the platform's database while no platform holds it).
    const data = mkdtempSync(join(tmpdir(), 'tongban-token-cli-'));
    const bin = join(process.cwd(), 'bin', 'tongban.js');
    const args = ['platform', 'token', '--hall', '木兰乡便民服务中心', '--terminal', '1 号终端', '--region', '420116', '--platform-url', 'https://10.20.0.5:8443/', '--data', data];
    const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 110_000 });
    expect(run.status, run.stderr).toBe(0);
    const made = enrollmentTokenReplySchema.parse(JSON.parse(run.stdout));
    expect(made.platformUrl).toBe('https://10.20.0.5:8443');
    const scanned = terminalQr(run.stderr);
    expect(scanned).toBe(made.enrollCode);
    expect(scanMeaning(scanned)).toEqual({ kind: 'enrollment', platformUrl: 'https://10.20.0.5:8443', token: made.token });
  });
});
