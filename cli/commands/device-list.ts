/** `tongban device list`: the serial ports (from sysfs, no udev needed) and HID devices found, as JSON. */
import { listSerialPorts } from '../../drivers/transport/serial-ports.js';
import { parse } from '../args.js';

export const listUsage = 'tongban device list';

/** Four hex digits, as sysfs and lsusb write USB ids, so both lists read alike. */
const hex = (id: number): string => id.toString(16).padStart(4, '0');

async function hidDevices() {
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

export async function deviceList(argv: string[]): Promise<void> {
  parse(argv, {}, listUsage);
  process.stdout.write(`${JSON.stringify({ serial: listSerialPorts(), hid: await hidDevices() })}\n`);
}
