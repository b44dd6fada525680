/**
 * A USB HID POS scanner through node-hid (hidapi over hidraw). The report layout comes from the
 * device's own report descriptor, which Linux exposes beside the hidraw node in sysfs.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Listeners } from '../transport/listeners.js';
import type { CodeSource } from './code-source.js';
import { ScannedDataAssembler, readScannedPart, scannedDataLayout } from './hid-pos-report.js';
import { profileOf } from './hid-pos-profiles.js';
import { decodeCodeBytes, symbologyOfAim, type ScannedCode } from './scanned-code.js';

/** What the scanner needs of a HID device: node-hid's HIDAsync has this shape. */
export interface HidPosDevice {
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  sendFeatureReport(data: number[] | Buffer): Promise<number>;
  getDeviceInfo(): Promise<{ vendorId: number }>;
  close(): Promise<void>;
}

export interface HidPosOptions {
  /** Injected in tests; by default node-hid. */
  open?: (path: string) => Promise<HidPosDevice>;
  /** Injected in tests; by default sysfs's report_descriptor for a /dev/hidrawN path. */
  readDescriptor?: (path: string) => Promise<Buffer>;
}

const openWithNodeHid = async (path: string): Promise<HidPosDevice> => {
  const { HIDAsync } = await import('node-hid');
  return HIDAsync.open(path);
};

const descriptorFromSysfs = (path: string): Promise<Buffer> => readFile(`/sys/class/hidraw/${basename(path)}/device/report_descriptor`);

export async function openHidPosSource(path: string, options: HidPosOptions = {}): Promise<CodeSource> {
  const layout = scannedDataLayout(await (options.readDescriptor ?? descriptorFromSysfs)(path));
  let device: HidPosDevice;
  try {
    device = await (options.open ?? openWithNodeHid)(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`无法打开扫码枪 ${path} / cannot open the HID POS scanner ${path}: ${reason}; check the cable and the udev permission on hidraw`);
  }
  const enable = profileOf((await device.getDeviceInfo().catch(() => undefined))?.vendorId)?.enableFeatureReport;
  // A scanner already in HID POS refuses the switch on some firmware; the codes still come.
  if (enable) await device.sendFeatureReport([...enable]).catch(() => undefined);
  const codes = new Listeners<ScannedCode>();
  const closed = new Listeners<Error | undefined>();
  const assembler = new ScannedDataAssembler();
  let open = true;
  const shut = (error: Error | undefined) => {
    if (!open) return;
    open = false;
    closed.emit(error);
  };
  device.on('data', (raw) => {
    // hidapi hands an unnumbered report back without its id byte; the layout reads it so.
    const part = readScannedPart(layout, raw);
    const whole = part && assembler.push(part);
    if (!whole) return;
    const aim = whole.aim.startsWith(']') ? whole.aim : `]${whole.aim}`;
    const symbology = symbologyOfAim(aim);
    codes.emit({ text: decodeCodeBytes(whole.bytes), ...(symbology !== undefined && { symbology, aim }) });
  });
  device.on('error', (error) => shut(error));
  return {
    description: `hid ${path}`,
    onCode: (listener) => codes.add(listener),
    onClose: (listener) => closed.add(listener),
    close: async () => {
      await device.close().catch(() => undefined);
      shut(undefined);
    },
  };
}
