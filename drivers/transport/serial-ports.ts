/**
 * The serial ports this machine has, read straight from sysfs and /dev/serial/by-id. serialport's
 * list() spawns udevadm, which kiosk images and containers often lack; the kernel's own view
 * needs nothing. `root` is "/" on a terminal; tests pass a folder holding a made-up tree.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface SerialPortFound {
  /** What a driver opens: /dev/ttyUSB0. */
  path: string;
  /** The stable name that survives replugging into another socket, when udev made one. */
  byId?: string;
  /** The kernel driver behind the port: ftdi_sio, cdc_acm, ch341-uart, serial8250… */
  driver?: string;
  /** A USB adapter's identity, four hex digits each, as lsusb shows them. */
  vendorId?: string;
  productId?: string;
  manufacturer?: string;
  product?: string;
  serialNumber?: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function linkName(path: string): string | undefined {
  try {
    return basename(readlinkSync(path));
  } catch {
    return undefined;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * A tty with no device behind it is virtual (tty1, ptmx, console). The 8250 driver registers
 * ttyS0–ttyS3 (or more) whether or not a UART answers; an absent one reads as type 0 ("unknown").
 */
function isPlaceholder(classDir: string): boolean {
  return !existsSync(join(classDir, 'device')) || readText(join(classDir, 'type')) === '0';
}

/** The USB device the port hangs off (the first ancestor with an idVendor), if it is USB at all. */
function usbDevice(deviceDir: string, devicesRoot: string): string | undefined {
  for (let dir = deviceDir; dir.startsWith(devicesRoot) && dir !== devicesRoot; dir = dirname(dir)) {
    if (existsSync(join(dir, 'idVendor'))) return dir;
  }
  return undefined;
}

function usbIdentity(dir: string): Partial<SerialPortFound> {
  const fields = { vendorId: 'idVendor', productId: 'idProduct', manufacturer: 'manufacturer', product: 'product', serialNumber: 'serial' } as const;
  return Object.fromEntries(
    Object.entries(fields)
      .map(([key, file]) => [key, readText(join(dir, file))])
      .filter(([, value]) => value),
  );
}

/** by-id link names keyed by the tty they point at (usb-FTDI_…-if00-port0 → ttyUSB0). */
function byIdNames(root: string): Map<string, string> {
  const dir = join(root, 'dev', 'serial', 'by-id');
  const names = new Map<string, string>();
  for (const link of list(dir)) {
    const target = linkName(join(dir, link));
    if (target) names.set(target, `/dev/serial/by-id/${link}`);
  }
  return names;
}

function describePort(root: string, name: string, byId: Map<string, string>): SerialPortFound {
  const deviceLink = join(root, 'sys', 'class', 'tty', name, 'device');
  const usb = usbDevice(realpathSync(deviceLink), resolve(realpathSync(root), 'sys', 'devices'));
  const found: SerialPortFound = { path: `/dev/${name}` };
  const id = byId.get(name);
  if (id) found.byId = id;
  const driver = linkName(join(deviceLink, 'driver'));
  if (driver) found.driver = driver;
  return { ...found, ...(usb ? usbIdentity(usb) : {}) };
}

export function listSerialPorts(root = '/'): SerialPortFound[] {
  const classDir = join(root, 'sys', 'class', 'tty');
  const byId = byIdNames(root);
  return list(classDir)
    .filter((name) => !isPlaceholder(join(classDir, name)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => describePort(root, name, byId));
}
