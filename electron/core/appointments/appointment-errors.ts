import { refusal } from '../../api/kiosk-error.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';

/** The platform's refusals a citizen can act on, in the screen's two languages. */
const refusals: Record<string, { zh: string; en: string; hintZh: string; hintEn: string }> = {
  slot_full: { zh: '该时段已约满', en: 'This time slot is fully booked', hintZh: '请选择其他时段', hintEn: 'Please choose another time' },
  already_booked: { zh: '您已预约该时段', en: 'You already booked this time slot', hintZh: '可在“我的预约”中查看', hintEn: 'See it under My bookings' },
  no_such_slot: { zh: '该时段已不可预约', en: 'This time can no longer be booked', hintZh: '请重新选择时段', hintEn: 'Please choose the time again' },
  no_booking_today: { zh: '没有找到您今天在本厅的预约', en: 'No booking of yours in this hall today', hintZh: '请直接选择业务取号', hintEn: 'Please take a number for the service instead' },
  no_such_booking: { zh: '没有找到该预约，可能已取消或已签到', en: 'That booking was not found; it may be cancelled or checked in', hintZh: '请刷新“我的预约”', hintEn: 'Please look at My bookings again' },
  no_hall: { zh: '本厅尚未开通预约取号', en: 'This hall does not take bookings or give numbers here yet', hintZh: '请到服务台咨询', hintEn: 'Please ask at the service desk' },
  item_not_bookable: { zh: '该事项不可预约', en: 'This service cannot be booked', hintZh: '请到窗口取号办理', hintEn: 'Please take a number at the hall instead' },
  no_such_group: { zh: '本厅没有该业务', en: 'This hall has no such service', hintZh: '请重新选择', hintEn: 'Please choose again' },
};

const offline = () =>
  refusal(
    'OFFLINE',
    { zh: '网络中断，暂时无法预约或取号', en: 'The network is down: booking and numbers are not available now' },
    { zh: '请到服务台人工取号，或稍后再试', en: 'Please ask at the service desk, or try again later' },
  );

/** What a failed platform call means to the citizen; anything else is rethrown as it is. */
export function appointmentError(error: unknown): unknown {
  if (error instanceof PlatformUnavailableError) return offline();
  if (error instanceof PlatformRefusedError && error.explained) {
    const words = refusals[error.reason.split(':')[0] ?? ''];
    if (words) return refusal('APPOINTMENT_REFUSED', { zh: words.zh, en: words.en }, { zh: words.hintZh, en: words.hintEn });
  }
  return error;
}

/** Runs a platform call, failing with the citizen's words. */
export async function askPlatform<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw appointmentError(error);
  }
}
