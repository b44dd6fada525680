/** `tongban device list`: the serial ports (from sysfs, no udev needed) and HID devices found, as JSON. */
import { listHidDevices, type HidFound } from '../../drivers/transport/hid-devices.js';
import { listSerialPorts, type SerialPortFound } from '../../drivers/transport/serial-ports.js';
import { parse } from '../args.js';

export const listUsage = 'tongban device list';

export interface DeviceListing {
  serial: SerialPortFound[];
  hid: HidFound[];
  /** Why HID devices could not be listed (node-hid needs libusb and libudev); the serial ports still are. */
  hidError?: string;
}

export async function listDevices(listSerial: () => SerialPortFound[] = listSerialPorts, listHid: () => Promise<HidFound[]> = listHidDevices): Promise<DeviceListing> {
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
