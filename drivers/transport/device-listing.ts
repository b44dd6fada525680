/** The serial ports (from sysfs, no udev needed) and HID devices this machine has, in one listing. */
import { listHidDevices, type HidFound } from './hid-devices.js';
import { listSerialPorts, type SerialPortFound } from './serial-ports.js';

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
