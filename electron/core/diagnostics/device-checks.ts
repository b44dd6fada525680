import type { DeviceListing } from '../../../drivers/transport/device-listing.js';
import type { IdcardTarget, PrinterTarget, ScannerTarget } from '../config/core-config.js';
import { check, type Check, type Detail } from './check.js';

export interface DeviceFacts {
  listing: DeviceListing;
  /** A configuration written before scanners were configured has none: a keyboard wedge. */
  targets: { idcard: IdcardTarget; printer: PrinterTarget; scanner?: ScannerTarget };
  /** Whether a device path is there now: a pty (the demo's simulators) is in no sysfs listing. */
  exists: (path: string) => boolean;
}

const roles = {
  idcard: { zh: '身份证阅读器', en: 'ID card reader' },
  printer: { zh: '回执打印机', en: 'Receipt printer' },
  scanner: { zh: '扫码枪', en: 'Code scanner' },
} as const;

/** What was found, and for each role the port it is configured on and whether that port is there. */
export function deviceChecks({ listing, targets, exists }: DeviceFacts): Check[] {
  const scanner = targets.scanner ?? { kind: 'wedge' };
  const scannerCheck =
    scanner.kind === 'wedge'
      ? check('devices.scanner', true, '扫码枪：键盘模式（请用“扫一个码”检查）', 'Code scanner: keyboard wedge (use "scan a code" to check it)', { role: 'scanner', kind: 'wedge' })
      : roleCheck('scanner', scanner, listing, exists);
  return [foundCheck(listing), roleCheck('idcard', targets.idcard, listing, exists), roleCheck('printer', targets.printer, listing, exists), scannerCheck];
}

function foundCheck({ serial, hid, hidError }: DeviceListing): Check {
  const detail: Detail = { serial: serial.map(describeSerial).join('; '), hid: hid.map((d) => `${d.vendorId}:${d.productId} ${d.product ?? ''}`.trim()).join('; ') };
  if (hidError !== undefined) {
    return check('devices.found', false, `找到 ${serial.length} 个串口；HID 设备无法列出（${hidError}）`, `${serial.length} serial port(s) found; HID devices could not be listed (${hidError})`, { ...detail, hidError });
  }
  return check('devices.found', true, `找到 ${serial.length} 个串口、${hid.length} 个 HID 设备`, `${serial.length} serial port(s) and ${hid.length} HID device(s) found`, detail);
}

function describeSerial(port: DeviceListing['serial'][number]): string {
  const what = [port.manufacturer, port.product].filter(Boolean).join(' ');
  return what === '' ? port.path : `${port.path} (${what})`;
}

type Target = IdcardTarget | PrinterTarget | Exclude<ScannerTarget, { kind: 'wedge' }>;

function roleCheck(role: keyof typeof roles, target: Target, listing: DeviceListing, exists: (path: string) => boolean): Check {
  const id = `devices.${role}`;
  const name = roles[role];
  if (target.kind === 'simulated') return check(id, true, `${name.zh}：模拟设备（演示）`, `${name.en}: simulated (demo)`, { role, kind: 'simulated' });
  if (target.kind === 'tcp') {
    return check(id, true, `${name.zh}：网络打印机 ${target.host}:${target.port}（请用测试打印检查）`, `${name.en}: network printer ${target.host}:${target.port} (use the test print to check it)`, { role, kind: 'tcp', host: target.host, port: target.port });
  }
  const baud = target.kind === 'serial' ? target.baudRate : null;
  const detail: Detail = { role, kind: target.kind, path: target.path, baudRate: baud };
  const at = baud === null ? target.path : `${target.path}，${baud} 波特`;
  const atEn = baud === null ? target.path : `${target.path} at ${baud} baud`;
  const listed = listing.serial.some((port) => port.path === target.path || port.byId === target.path) || listing.hid.some((d) => d.path === target.path);
  if (listed || exists(target.path)) return check(id, true, `${name.zh}：${at}，端口存在`, `${name.en}: ${atEn}, the port is there`, detail);
  return check(id, false, `${name.zh}：${at}，找不到这个端口：请检查连线，或用 tongban config set devices.${role}.path 改选端口`, `${name.en}: ${atEn}, no such port: check the cable, or choose another with tongban config set devices.${role}.path`, detail);
}
