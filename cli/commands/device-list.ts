/** `tongban device list`: the serial ports (from sysfs, no udev needed) and HID devices found, as JSON. */
import { listSerialPorts, type SerialPortFound } from '../../drivers/transport/serial-ports.js';
import { parse } from '../args.js';

export const listUsage = 'tongban device list';

export interface HidFound {
  path: string | undefined;
  vendorId: string;
  productId: string;
  manufacturer: string | undefined;
  product: string | undefined;
  serialNumber: string | undefined;
  usagePage: number | undefined;
  usage: number | undefined;
  interface: number;
}

export interface DeviceListing {
  serial: SerialPortFound[];
  hid: HidFound[];
  /** Why HID devices could not be listed (node-hid needs libusb and libudev); the serial ports still are. */
  hidError?: string;
}

/** Four hex digits, as sysfs and lsusb write USB ids, so both lists read alike. */
const hex = (id: number): string => id.toString(16).padStart(4, '0');

async function hidDevices(): Promise<HidFound[]> {
  const { devicesAsync } = await import('node-hid');
  return (await devicesAsync()).map((d) => ({
    path: d.path,
    vendorId: hex(d.vendorId),
    productId: hex(d.productId),
    manufacturer: d.manufacturer,
    product: d.product,
    serialNumber: d.serialNumber,
    usagePage: d.usagePage,
    usage: d.usage,
    interface: d.interface,
  }));
}

export async function listDevices(listSerial: () => SerialPortFound[] = listSerialPorts, listHid: () => Promise<HidFound[]> = hidDevices): Promise<DeviceListing> {
  const serial = listSerial();
  try {
    return { serial, hid: await listHid() };
  } catch (error) {
    return { serial, hid: [], hidError: error instanceof Error ? error.message : String(error) };
  }
}

export async function deviceList(argv: string[]): Promise<void> {
  parse(argv, {}, listUsage);
  const listing = await listDevices();
  process.stdout.write(`${JSON.stringify(listing)}\n`);
  // The ports found are printed all the same; the exit status says the list is not whole.
  if (listing.hidError) throw new Error(`HID devices could not be listed: ${listing.hidError}`);
}
