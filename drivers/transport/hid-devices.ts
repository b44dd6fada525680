/** The HID devices node-hid finds (hidapi over hidraw or libusb), for `tongban device list`. */

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

/** Four hex digits, as sysfs and lsusb write USB ids, so both lists read alike. */
const hex = (id: number): string => id.toString(16).padStart(4, '0');

export async function listHidDevices(): Promise<HidFound[]> {
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
