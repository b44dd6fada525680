import { describe, expect, it } from 'vitest';
import { listDevices } from './device-listing.js';

const ports = () => [{ path: '/dev/ttyUSB0', driver: 'ftdi_sio' }];

describe('the device listing', () => {
  it('still lists the serial ports when HID devices cannot be listed, saying why', async () => {
    const listing = await listDevices(ports, () => Promise.reject(new Error('libusb-1.0.so.0: cannot open shared object file')));
    expect(listing).toEqual({ serial: ports(), hid: [], hidError: 'libusb-1.0.so.0: cannot open shared object file' });
  });
});
