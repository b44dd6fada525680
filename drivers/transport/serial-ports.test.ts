import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSerialPorts } from './serial-ports.js';

/** Files and relative links under root, as sysfs lays them out (links are relative there too). */
function tree(root: string, files: Record<string, string>, links: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${text}\n`);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    mkdirSync(join(root, target), { recursive: true });
    symlinkSync(relative(dirname(join(root, path)), join(root, target)), join(root, path));
  }
}

const usb = 'sys/devices/pci0000:00/0000:00:14.0/usb1';

/** An FTDI adapter, a CDC-ACM reader, one real 16550 UART, one absent 8250 port, a virtual console. */
function fakeMachine(): string {
  const root = mkdtempSync(join(tmpdir(), 'tongban-sysfs-'));
  tree(
    root,
    {
      [`${usb}/1-1/idVendor`]: '0403',
      [`${usb}/1-1/idProduct`]: '6001',
      [`${usb}/1-1/manufacturer`]: 'FTDI',
      [`${usb}/1-1/product`]: 'FT232R USB UART',
      [`${usb}/1-1/serial`]: 'A50285BI',
      [`${usb}/1-2/idVendor`]: '0400',
      [`${usb}/1-2/idProduct`]: 'c35a',
      [`${usb}/1-2/product`]: 'SAM ID Reader',
      'sys/devices/pnp0/00:01/tty/ttyS0/type': '4',
      'sys/devices/platform/serial8250/tty/ttyS1/type': '0',
    },
    {
      'sys/class/tty/ttyUSB0': `${usb}/1-1/1-1:1.0/ttyUSB0/tty/ttyUSB0`,
      [`${usb}/1-1/1-1:1.0/ttyUSB0/tty/ttyUSB0/device`]: `${usb}/1-1/1-1:1.0/ttyUSB0`,
      [`${usb}/1-1/1-1:1.0/ttyUSB0/driver`]: 'sys/bus/usb-serial/drivers/ftdi_sio',
      'sys/class/tty/ttyACM0': `${usb}/1-2/1-2:1.0/tty/ttyACM0`,
      [`${usb}/1-2/1-2:1.0/tty/ttyACM0/device`]: `${usb}/1-2/1-2:1.0`,
      [`${usb}/1-2/1-2:1.0/driver`]: 'sys/bus/usb/drivers/cdc_acm',
      'sys/class/tty/ttyS0': 'sys/devices/pnp0/00:01/tty/ttyS0',
      'sys/devices/pnp0/00:01/tty/ttyS0/device': 'sys/devices/pnp0/00:01',
      'sys/devices/pnp0/00:01/driver': 'sys/bus/pnp/drivers/serial',
      'sys/class/tty/ttyS1': 'sys/devices/platform/serial8250/tty/ttyS1',
      'sys/devices/platform/serial8250/tty/ttyS1/device': 'sys/devices/platform/serial8250',
      'sys/devices/platform/serial8250/driver': 'sys/bus/platform/drivers/serial8250',
      'sys/class/tty/tty1': 'sys/devices/virtual/tty/tty1',
      'dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0': 'dev/ttyUSB0',
    },
  );
  return root;
}

describe('serial ports from sysfs, without udev', () => {
  it('lists USB adapters with their vendor and product, real UARTs, and the stable by-id name', () => {
    expect(listSerialPorts(fakeMachine())).toEqual([
      { path: '/dev/ttyACM0', driver: 'cdc_acm', vendorId: '0400', productId: 'c35a', product: 'SAM ID Reader' },
      { path: '/dev/ttyS0', driver: 'serial' },
      {
        path: '/dev/ttyUSB0',
        byId: '/dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0',
        driver: 'ftdi_sio',
        vendorId: '0403',
        productId: '6001',
        manufacturer: 'FTDI',
        product: 'FT232R USB UART',
        serialNumber: 'A50285BI',
      },
    ]);
  });

  it('leaves out 8250 ports no UART answers (type 0) and virtual consoles', () => {
    const paths = listSerialPorts(fakeMachine()).map((port) => port.path);
    expect(paths).not.toContain('/dev/ttyS1');
    expect(paths).not.toContain('/dev/tty1');
  });

  it('finds nothing, without failing, where there is no sysfs', () => {
    expect(listSerialPorts(mkdtempSync(join(tmpdir(), 'tongban-sysfs-')))).toEqual([]);
  });
});
