import { refusal, type KioskError } from '../../api/kiosk-error.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';

const offline = (): KioskError =>
  refusal(
    'NEEDS_NETWORK',
    { zh: '网络不通，现在无法连线远程帮办', en: 'The network is down: a remote clerk cannot be reached now' },
    { zh: '请拨打政务服务热线 12345，或到服务窗口办理', en: 'Call the 12345 hotline, or go to a service window' },
  );

const ended = (): KioskError =>
  refusal(
    'REMOTE_CALL_ENDED',
    { zh: '这次远程帮办已经结束', en: 'This remote call has ended' },
    { zh: '如还需帮助，请重新呼叫，或拨打 12345', en: 'Call again if you still need help, or call 12345' },
  );

/** A platform call of 远程帮办, its failures said to the citizen: offline, or the call is over. */
export async function askRemote<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PlatformUnavailableError) throw offline();
    if (error instanceof PlatformRefusedError) throw ended();
    throw error;
  }
}
