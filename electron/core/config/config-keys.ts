import { X509Certificate } from 'node:crypto';
import { z, type ZodType } from 'zod';
import { caseLinkTemplateSchema } from './phone-link.js';
import { baudRates } from '../../api/device-settings.js';

/** The same words on a technician's screen and from `tongban config`: Chinese, then English. */
export interface Words {
  zh: string;
  en: string;
}


interface SettableKey {
  label: Words;
  /** What a good value is, said when a bad one is refused. */
  expected: Words;
  /** From the text typed to the value stored. */
  value: ZodType<string | number | boolean>;
  /** Device keys: only for a device on a port of one of these kinds. */
  kinds?: readonly string[];
}

const whole = (min: number, max: number) => z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
const devicePath = z.string().regex(/^(\/dev\/|\/)[^\0\s]+$/);
const baud = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().refine((n) => (baudRates as readonly number[]).includes(n)));
const serialWords = { zh: '以 / 开头的设备路径，如 /dev/ttyUSB0', en: 'a device path starting with /, e.g. /dev/ttyUSB0' };
const baudWords = { zh: `以下速率之一：${baudRates.join('、')}`, en: `one of ${baudRates.join(', ')}` };

/** What a technician may change, each validated; everything else is written by enrollment alone. */
export const settableKeys: Readonly<Record<string, SettableKey>> = {
  'session.idleSeconds': {
    label: { zh: '无人操作后询问的秒数', en: 'seconds untouched before the screen asks' },
    expected: { zh: '10 到 600 之间的整数', en: 'a whole number from 10 to 600' },
    value: whole(10, 600),
  },
  'sync.retentionDays': {
    label: { zh: '平台确认后保留个人信息的天数', en: 'days personal data is kept after the platform has it' },
    expected: { zh: '0 到 3650 之间的整数', en: 'a whole number from 0 to 3650' },
    value: whole(0, 3650),
  },
  'devices.idcard.path': { label: { zh: '身份证阅读器端口', en: 'ID card reader port' }, expected: serialWords, value: devicePath, kinds: ['serial', 'hid'] },
  'devices.idcard.baudRate': { label: { zh: '身份证阅读器波特率', en: 'ID card reader baud rate' }, expected: baudWords, value: baud, kinds: ['serial'] },
  'devices.printer.path': { label: { zh: '回执打印机端口', en: 'receipt printer port' }, expected: serialWords, value: devicePath, kinds: ['serial'] },
  'devices.printer.baudRate': { label: { zh: '回执打印机波特率', en: 'receipt printer baud rate' }, expected: baudWords, value: baud, kinds: ['serial'] },
  'devices.printer.paper': {
    label: { zh: '回执纸宽（毫米）', en: 'receipt paper width (mm)' },
    expected: { zh: '58 或 80', en: '58 or 80' },
    value: z.enum(['58', '80']).transform(Number),
  },
  'devices.printer.font': {
    label: { zh: '打印机字库', en: 'printer font' },
    expected: { zh: 'gbk 或 gb18030', en: 'gbk or gb18030' },
    value: z.enum(['gbk', 'gb18030']),
    kinds: ['serial', 'tcp'],
  },
  'devices.scanner.path': { label: { zh: '扫码枪端口', en: 'code scanner port' }, expected: serialWords, value: devicePath, kinds: ['serial', 'hid'] },
  'devices.scanner.baudRate': { label: { zh: '扫码枪波特率', en: 'code scanner baud rate' }, expected: baudWords, value: baud, kinds: ['serial'] },
  'devices.scanner.suffix': {
    label: { zh: '扫码枪结束符', en: 'code scanner suffix' },
    expected: { zh: 'cr、lf、crlf 或 tab', en: 'cr, lf, crlf or tab' },
    value: z.enum(['cr', 'lf', 'crlf', 'tab']),
    kinds: ['serial'],
  },
  'devices.a4.url': {
    label: { zh: 'A4 打印机地址', en: 'A4 printer address' },
    expected: { zh: 'ipp:// 地址，如 ipp://192.168.1.20:631/ipp/print 或 ipp://localhost:631/printers/A4', en: 'an ipp:// address, e.g. ipp://192.168.1.20:631/ipp/print or ipp://localhost:631/printers/A4' },
    value: z.string().regex(/^ipps?:\/\/[^/\s]+\/\S*$/),
  },
  'devices.a4.duplex': {
    label: { zh: 'A4 指南双面打印', en: 'A4 guides printed on both sides' },
    expected: { zh: 'true 或 false', en: 'true or false' },
    value: z.enum(['true', 'false']).transform((text) => text === 'true'),
  },
  'phoneApp.caseLink': {
    label: { zh: '手机端办件链接', en: 'the provincial app\'s case link' },
    expected: { zh: 'https:// 地址，含一处 {caseNumber}，如 https://…/case?no={caseNumber}', en: 'an https:// address with {caseNumber} once, e.g. https://…/case?no={caseNumber}' },
    value: caseLinkTemplateSchema,
  },
  'platform.allowPlainHttp': {
    label: { zh: '允许不加密连接平台', en: 'allow plain http to the platform' },
    expected: { zh: 'true 或 false', en: 'true or false' },
    value: z.enum(['true', 'false']).transform((text) => text === 'true'),
  },
};

/** A refusal in one line, both languages: what was wrong and what would do. */
export class ConfigRefusal extends Error {
  constructor(readonly words: Words) {
    super(`${words.zh} / ${words.en}`);
    this.name = 'ConfigRefusal';
  }
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf names whose value must never be printed: keys, tokens, a technician PIN's hash. */
const secretName = /(token|secret|password|pin|hash|base64|privatekey)$/i;

/**
 * The configuration as a technician may see it: every secret "(set)", a pinned certificate by its
 * SHA-256 (what `tongban platform` prints), so two terminals' pins can be compared by eye.
 */
export function shownConfig(value: Json, name = ''): Json {
  if (secretName.test(name) && value !== null && value !== '') return '(set)';
  if (name === 'ca' && typeof value === 'string') return `(certificate, SHA-256 ${fingerprint(value)})`;
  if (Array.isArray(value)) return value.map((item) => shownConfig(item));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shownConfig(item, key)]));
  return value;
}

function fingerprint(pem: string): string {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return 'unreadable';
  }
}

/** One key of the configuration as shown, or undefined when the configuration has no such key. */
export function shownKey(config: Json, key: string): Json | undefined {
  let at: Json | undefined = config;
  for (const part of key.split('.')) at = isObject(at) && Object.hasOwn(at, part) ? at[part] : undefined;
  if (at === undefined) return undefined;
  return shownConfig(at, key.split('.').at(-1));
}

/** The configuration with `key` set to the typed `text`, checked; the caller validates the whole before writing. */
export function withKeySet(config: JsonObject, key: string, text: string): JsonObject {
  const settable = Object.hasOwn(settableKeys, key) ? settableKeys[key] : undefined;
  if (!settable) {
    throw new ConfigRefusal({ zh: `不能设置 ${key}：可设置的有 ${Object.keys(settableKeys).join('、')}`, en: `${key} cannot be set; these can: ${Object.keys(settableKeys).join(', ')}` });
  }
  const parsed = settable.value.safeParse(text);
  if (!parsed.success) {
    throw new ConfigRefusal({ zh: `${settable.label.zh}须为${settable.expected.zh}，而不是“${text}”`, en: `${settable.label.en} must be ${settable.expected.en}, not "${text}"` });
  }
  const parts = key.split('.');
  const leaf = parts.pop() ?? key;
  const copy = structuredClone(config);
  let parent: JsonObject = copy;
  for (const part of parts) {
    const next = parent[part];
    parent = isObject(next) ? next : (parent[part] = {});
  }
  const kind = parent.kind;
  if (settable.kinds && !(typeof kind === 'string' && settable.kinds.includes(kind))) {
    throw new ConfigRefusal({ zh: `${settable.label.zh}不适用于这台设备（${String(kind)}）`, en: `${settable.label.en} does not apply to this device (${String(kind)})` });
  }
  parent[leaf] = parsed.data;
  return copy;
}

export type { Json, JsonObject };
