import { CodeScanner } from '../../../drivers/scanner/code-scanner.js';
import { openHidPosSource } from '../../../drivers/scanner/hid-pos-source.js';
import { serialCodeSource } from '../../../drivers/scanner/serial-source.js';
import { openSerial } from '../../../drivers/transport/serial.js';
import type { ScannerTarget } from '../config/core-config.js';
import type { DeviceHealth } from '../devices/device-watch.js';

/**
 * The configured serial or HID POS scanner, open from start to end and reopened after an unplug;
 * undefined for a keyboard wedge, which the screen hears itself.
 */
export function openScanner(target: ScannerTarget, log: (line: string) => void): CodeScanner | undefined {
  if (target.kind === 'wedge') return undefined;
  const open =
    target.kind === 'hid'
      ? () => openHidPosSource(target.path)
      : async () =>
          serialCodeSource(await openSerial(target.path, { baudRate: target.baudRate }), {
            ...(target.suffix !== undefined && { suffix: target.suffix }),
            ...(target.prefix !== undefined && { prefix: Buffer.from(target.prefix, 'latin1') }),
            aimPrefixed: target.aim,
            onTooLong: (length) => log(`scanner: a code of ${length} bytes was dropped as too long; check the scanner's suffix setting`),
          });
  const scanner = new CodeScanner({ open });
  scanner.onConnected((description) => log(`scanner: open on ${description}`));
  scanner.start();
  return scanner;
}

/** For the heartbeat: a wedge types into the page, so the core cannot tell; it is left out. */
export function scannerHealth(scanner: CodeScanner | undefined): DeviceHealth | undefined {
  if (!scanner) return undefined;
  const health = scanner.health();
  return health.ok ? { ok: true } : { ok: false, detail: health.detail };
}
