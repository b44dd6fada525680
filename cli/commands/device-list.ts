/** `tongban device list`: the serial ports (from sysfs, no udev needed) and HID devices found, as JSON. */
import { listDevices } from '../../drivers/transport/device-listing.js';
import { parse } from '../args.js';

export const listUsage = 'tongban device list';

export async function deviceList(argv: string[]): Promise<void> {
  parse(argv, {}, listUsage);
  const listing = await listDevices();
  process.stdout.write(`${JSON.stringify(listing)}\n`);
  // The ports found are printed all the same; the exit status says the list is not whole.
  if (listing.hidError) throw new Error(`HID devices could not be listed: ${listing.hidError}`);
}
