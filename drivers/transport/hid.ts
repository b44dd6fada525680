import { HidReportError, HidReports, type HidReportOptions } from './hid-reports.js';
import { TransportClosedError, type ByteTransport } from './transport.js';
import { Listeners } from './listeners.js';

/** What the transport needs of a HID device: node-hid's HIDAsync has this shape. */
export interface HidDevice {
  write(report: Buffer): Promise<number>;
  close(): Promise<void>;
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type HidOpener = (path: string) => Promise<HidDevice>;

export interface HidOptions extends HidReportOptions {
  /** Injected in tests; by default node-hid (hidapi over hidraw/libusb). */
  open?: HidOpener;
}

const openWithNodeHid: HidOpener = async (path) => {
  const { HIDAsync } = await import('node-hid');
  return HIDAsync.open(path);
};

/**
 * A reader that carries the same serial frames inside HID reports. hidapi hands unnumbered reports
 * (id 0) back without their id byte, so it is put back before the report is unwrapped.
 */
class HidTransport implements ByteTransport {
  private closed = false;
  private readonly dataListeners = new Listeners<Buffer>();
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(
    private readonly device: HidDevice,
    private readonly reports: HidReports,
    readonly description: string,
  ) {
    device.on('data', (report) => this.received(report));
    device.on('error', (error) => this.shut(error));
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.closed) throw new TransportClosedError(this.description);
    for (const report of this.reports.split(data)) await this.device.write(report);
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.dataListeners.add(listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.device.close().catch(() => undefined);
    this.shut(undefined);
  }

  private received(raw: Buffer): void {
    const report = this.reports.reportId === 0 ? Buffer.concat([Buffer.from([0]), raw]) : raw;
    let payload: Buffer;
    try {
      payload = this.reports.payload(report);
    } catch (error) {
      // A report not in our framing is dropped; the frame parser reports what goes missing.
      if (error instanceof HidReportError) return;
      throw error;
    }
    this.dataListeners.emit(payload);
  }

  private shut(error: Error | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.closeListeners.emit(error);
  }
}

/** Opens a HID reader by its hidraw path (see `tongban device list`). */
export async function openHid(path: string, options: HidOptions = {}): Promise<ByteTransport> {
  const reports = new HidReports(options);
  let device: HidDevice;
  try {
    device = await (options.open ?? openWithNodeHid)(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`无法打开 HID 设备 ${path} / cannot open HID device ${path}: ${reason}; check the cable and the udev permission on hidraw`);
  }
  return new HidTransport(device, reports, `hid ${path}`);
}
