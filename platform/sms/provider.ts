import { appendFile } from 'node:fs/promises';

/** One text message to one mobile number. */
export interface SmsMessage {
  phone: string;
  text: string;
}

/**
 * The carrier's SMS gateway (a 短信平台 contract in production). `send` resolves once the gateway
 * took the message; a rejection is the platform's to report, never with the number in it.
 */
export interface SmsProvider {
  send(message: SmsMessage): Promise<void>;
}

/**
 * The demo's gateway: each message is a JSON line in `file` (0600), the stand-in for the phone,
 * and in `sent`, for tests. The number is written in full here only, as a gateway receives it.
 */
export class LogSmsProvider implements SmsProvider {
  readonly sent: SmsMessage[] = [];
  constructor(private readonly file?: string) {}

  async send(message: SmsMessage): Promise<void> {
    this.sent.push(message);
    if (this.file !== undefined) await appendFile(this.file, `${JSON.stringify({ at: new Date().toISOString(), ...message })}\n`, { mode: 0o600 });
  }
}
