import { join } from 'node:path';
import { type CoreConfigInput, type IdcardTarget, type PrinterTarget, type ScannerTarget } from '../../electron/core/config/core-config.js';
import { scanSuffixes } from '../../drivers/scanner/line-framer.js';
import { readPublicKey, spkiBase64 } from '../../electron/core/catalog/bundle/keys.js';
import { requestEnrollment } from '../../electron/core/enrollment/enrollment.js';
import { isEnrolledFolder } from '../../electron/core/config/enrolled-config.js';
import { keepEnrollmentIn } from '../../electron/core/enrollment/enrolled-folder.js';
import { checkedPlatformUrl, type PlatformLink } from '../../electron/core/uplink/platform-link.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { openTcp } from '../../drivers/transport/tcp.js';
import { baudRate, hostPort, oneOf, paper, parse, required } from '../args.js';
import { dataDir } from '../data-dir.js';
import { platformPin } from '../platform-pin.js';
import { UsageError } from '../fail.js';
import { hashPin } from '../../electron/core/technician/pin-hash.js';
import { pinFromStdin } from './technician-pin.js';

export const usage =
  'tongban enroll --platform URL --token TOKEN [--ca FILE.pem | --platform-sha256 FINGERPRINT] [--allow-plain-http] --idcard-port PATH [--idcard-baud N] (--printer-port PATH [--printer-baud N] | --printer-tcp HOST:PORT) [--paper 58|80] [--scanner-port PATH [--scanner-baud N] [--scanner-suffix cr|lf|crlf|tab] [--scanner-aim] | --scanner-hid PATH] [--data DIR] [--app-code-trust PROVINCE.pub ...] [--pin-stdin]';


interface PrinterFlags {
  'printer-port'?: string | undefined;
  'printer-tcp'?: string | undefined;
  'printer-baud'?: string | undefined;
  paper?: string | undefined;
}

function printerTarget(values: PrinterFlags): PrinterTarget {
  const size = paper(values.paper);
  if (values['printer-port']) return { kind: 'serial', path: values['printer-port'], baudRate: baudRate(values['printer-baud'], '--printer-baud'), paper: size, font: 'gbk' };
  if (values['printer-baud'] !== undefined) throw new UsageError(`--printer-baud is for --printer-port, not a network printer\nusage: ${usage}`);
  if (values['printer-tcp']) return { kind: 'tcp', ...hostPort(values['printer-tcp'], '--printer-tcp'), paper: size, font: 'gbk' };
  throw new UsageError(`a printer is required: --printer-port or --printer-tcp\nusage: ${usage}`);
}

interface ScannerFlags {
  'scanner-port'?: string | undefined;
  'scanner-baud'?: string | undefined;
  'scanner-suffix'?: string | undefined;
  'scanner-aim'?: boolean | undefined;
  'scanner-hid'?: string | undefined;
}

/** No scanner flag: a keyboard wedge, which types into the page and needs no port. */
function scannerTarget(values: ScannerFlags): ScannerTarget {
  const port = values['scanner-port'];
  const hid = values['scanner-hid'];
  if (port !== undefined && hid !== undefined) throw new UsageError(`give one of --scanner-port or --scanner-hid\nusage: ${usage}`);
  if (hid !== undefined) return { kind: 'hid', path: hid };
  if (port === undefined) return { kind: 'wedge' };
  const suffix = values['scanner-suffix'] === undefined ? {} : { suffix: oneOf(values['scanner-suffix'], '--scanner-suffix', scanSuffixes) };
  return { kind: 'serial', path: port, baudRate: baudRate(values['scanner-baud'], '--scanner-baud'), ...suffix, aim: values['scanner-aim'] ?? false };
}

/** Opens each port once and closes it: a wrong path or a busy port is said now, not at the first citizen. */
async function checkPorts(idcard: IdcardTarget, printer: PrinterTarget, scanner: ScannerTarget): Promise<void> {
  const checks: Array<[string, IdcardTarget | PrinterTarget | ScannerTarget]> = [
    ['--idcard-port', idcard],
    [printer.kind === 'tcp' ? '--printer-tcp' : '--printer-port', printer],
    ['--scanner-port', scanner],
  ];
  for (const [flag, target] of checks) {
    try {
      if (target.kind === 'serial') await (await openSerial(target.path, { baudRate: target.baudRate })).close();
      if (target.kind === 'tcp') await (await openTcp(target.host, target.port)).close();
    } catch (error) {
      throw new Error(`${flag} does not open: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * Provisions this terminal: binds its own key pair at the platform, then writes the store, its key
 * and config.json. Everything that can be refused (flags, ports, the platform's address, its
 * certificate, the token) is checked before the data folder is touched, so a failed enrollment
 * leaves it as it was.
 */
export async function enroll(argv: string[]): Promise<void> {
  const { values } = parse(
    argv,
    {
      platform: { type: 'string' },
      token: { type: 'string' },
      ca: { type: 'string' },
      'platform-sha256': { type: 'string' },
      'allow-plain-http': { type: 'boolean' },
      'idcard-port': { type: 'string' },
      'idcard-baud': { type: 'string' },
      'printer-port': { type: 'string' },
      'printer-baud': { type: 'string' },
      'printer-tcp': { type: 'string' },
      paper: { type: 'string' },
      'scanner-port': { type: 'string' },
      'scanner-baud': { type: 'string' },
      'scanner-suffix': { type: 'string' },
      'scanner-aim': { type: 'boolean' },
      'scanner-hid': { type: 'string' },
      data: { type: 'string' },
      'app-code-trust': { type: 'string', multiple: true },
      'pin-stdin': { type: 'boolean' },
    },
    usage,
  );
  const dir = dataDir(values.data);
  if (isEnrolledFolder(dir)) throw new UsageError(`${dir} already holds an enrolled terminal; remove config.json there to enroll again`);
  const url = required(values.platform, '--platform', usage);
  const link: PlatformLink = { url, ca: await platformPin(url, values.ca, values['platform-sha256'], usage), allowPlainHttp: values['allow-plain-http'] };
  try {
    checkedPlatformUrl(link);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const token = required(values.token, '--token', usage);
  const idcard: IdcardTarget = { kind: 'serial', path: required(values['idcard-port'], '--idcard-port', usage), baudRate: baudRate(values['idcard-baud'], '--idcard-baud') };
  const printer = printerTarget(values);
  const scanner = scannerTarget(values);
  // The province identity service's keys for 鄂汇办 codes; none: the terminal takes no code.
  const appCode = { trust: (values['app-code-trust'] ?? []).map((file) => spkiBase64(readPublicKey(file))) };
  // Technician mode's PIN, hashed before the platform is asked: a bad PIN refuses the enrollment untouched.
  const technicianPin = values['pin-stdin'] ? await hashPin(await pinFromStdin()) : undefined;
  await checkPorts(idcard, printer, scanner);
  const enrollment = await requestEnrollment(link, token);
  const config: CoreConfigInput = {
    dataDir: dir,
    key: { kind: 'file', path: join(dir, 'store.key') },
    devices: { idcard, printer, scanner },
    appCode,
    platform: { ca: link.ca, allowPlainHttp: link.allowPlainHttp ?? false },
  };
  const identity = keepEnrollmentIn(dir, link.url, enrollment, config, technicianPin);
  process.stdout.write(`${JSON.stringify({ terminalCode: identity.terminalCode, terminalName: identity.terminalName, hallName: identity.hallName, regionCode: identity.regionCode })}\n`);
}
