/**
 * What some makers' scanners need beyond the standard: most ship as a USB keyboard and come up in
 * HID POS only after being told, by a setup barcode or by a vendor feature report sent at open.
 * Keyed by USB vendor id; a scanner of another make is used as its descriptor declares it.
 */
export interface HidPosProfile {
  maker: string;
  /** Sent once after opening: switches a scanner that can be switched from the host into HID POS. */
  enableFeatureReport?: readonly number[];
}

export const hidPosProfiles: Readonly<Record<number, HidPosProfile>> = {
  // Honeywell (and HHP, Metrologic) come up in HID POS once set by the "USB HID POS" setup code.
  0x0c2e: { maker: 'Honeywell' },
  // Zebra (Symbol): the vendor feature report 0x80 names the host mode; 0x01 asks for HID POS,
  // as in our reconstructed descriptor (fixtures/zebra-hid-pos.ts). Check it against the
  // scanner's Product Reference Guide before relying on it with a new model.
  0x05e0: { maker: 'Zebra', enableFeatureReport: [0x80, 0x01, 0x00, 0x00] },
};

export function profileOf(vendorId: number | undefined): HidPosProfile | undefined {
  return vendorId === undefined ? undefined : hidPosProfiles[vendorId];
}
