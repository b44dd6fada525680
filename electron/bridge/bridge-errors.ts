import { refusal, type KioskError } from '../api/kiosk-error.js';

/**
 * Refusals of the bridge between the page and the core, before the core sees a request. The hint
 * is for the technician reading the log, in English on both sides: the citizen did nothing wrong.
 */
function technical(code: 'BAD_REQUEST' | 'INTERNAL', message: { zh: string; en: string }, why: string): KioskError {
  return refusal(code, message, { zh: why, en: why });
}

const badForm = { zh: '提交的内容格式不正确，请重试', en: 'What was sent is not in the right form; please try again' };

export const bridgeErrors = {
  /** From a page or a client that is not the kiosk's own: its launch token or its frame. */
  unauthorized: (why: string): KioskError => technical('BAD_REQUEST', { zh: '未授权的请求', en: 'This request is not allowed' }, why),
  tooLarge: (maxBytes: number): KioskError =>
    technical('BAD_REQUEST', { zh: '提交的内容过大', en: 'What was sent is too large' }, `request body over ${maxBytes} bytes`),
  notJson: (): KioskError => technical('BAD_REQUEST', badForm, 'body is not JSON'),
  /** The host failed before the core answered; what failed goes to the log, not the screen. */
  hostFault: (): KioskError =>
    technical('INTERNAL', { zh: '终端服务出错', en: 'The terminal service failed' }, 'the host failed to route this request'),
};
