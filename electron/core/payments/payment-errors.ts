import { refusal, type KioskError } from '../../api/kiosk-error.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';

const offline = () =>
  refusal(
    'PAYMENT_OFFLINE',
    { zh: '网络中断，暂时不能缴费', en: 'The network is down: payments cannot be taken now' },
    { zh: '没有扣款。请稍后再试，或到服务窗口缴费', en: 'Nothing was charged. Try again later, or pay at a service window' },
  );

/** A case's fee asked for before the case reached the platform (offline at submission, or just now). */
export const caseNotHeld = () =>
  refusal(
    'CASE_NOT_FOUND',
    { zh: '平台暂未收到该办件，暂时不能缴费', en: 'The platform has not received this case yet: its fee cannot be paid now' },
    { zh: '办件会在联网后自动上传。请稍后在“缴费”中输入办件编号再缴；没有扣款', en: 'It goes up once the line is back; then enter the case number under 缴费 to pay. Nothing was charged' },
  );

/** The platform will not take this fee here (it cannot match it to the catalog, or the case was refunded). */
const feeAtWindow = () =>
  refusal(
    'FEE_AT_WINDOW',
    { zh: '该项收费不能在本终端缴纳', en: 'This fee cannot be paid at this terminal' },
    { zh: '没有扣款。请到服务窗口缴费或咨询工作人员', en: 'Nothing was charged. Pay at a service window or ask the staff' },
  );

/** 不予受理 / 终止办理: nothing is due; the query screen says why. */
export const caseNotProceeding = () =>
  refusal(
    'CASE_NOT_PROCEEDING',
    { zh: '该办件不予受理或已终止办理，无需缴费', en: 'This case was not accepted or was ended: nothing is due' },
    { zh: '已缴的费用已退还。原因可在“查询办件进度”中输入办件编号查看', en: 'Fees paid were refunded. See why under Track an application, by the case number' },
  );

/** The platform's refusals by their code, in the citizen's words. */
const refusals: Record<string, () => KioskError> = {
  notice_not_found: () =>
    refusal('NOTICE_NOT_FOUND', { zh: '未查到该缴款通知书', en: 'No payment notice has this number' }, { zh: '请核对通知书上的20位编号后重新输入', en: 'Check the 20-digit number on the notice and enter it again' }),
  already_paid: () => refusal('ALREADY_PAID', { zh: '该通知书已缴清，无需再缴', en: 'This notice is already paid' }, { zh: '如需凭证，请到服务窗口打印', en: 'Ask at a service window for a receipt' }),
  due_in_progress: () =>
    refusal('PAYMENT_OFFLINE', { zh: '该通知书正在其他终端支付', en: 'This notice is being paid at another terminal' }, { zh: '请稍后再试', en: 'Try again in a minute' }),
  case_fee_not_found: caseNotHeld,
  case_fee_mismatch: feeAtWindow,
  case_fee_unverifiable: feeAtWindow,
  case_refunded: feeAtWindow,
  case_not_proceeding: caseNotProceeding,
  order_not_found: () => refusal('PAYMENT_NOT_FOUND', { zh: '未查到这笔支付', en: 'This payment was not found' }, { zh: '请重新开始缴费；没有重复扣款', en: 'Start again; nothing is charged twice' }),
};

/** A platform call of 缴费, its failures said to the citizen: offline, or the platform's reason. */
export async function askPlatform<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PlatformUnavailableError) throw offline();
    if (error instanceof PlatformRefusedError) {
      const said = refusals[error.reason.split(':')[0] ?? ''];
      if (said) throw said();
      if (error.status === 503) throw offline();
    }
    throw error;
  }
}
