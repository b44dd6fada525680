/** A mainland mobile number as a citizen types it: 11 digits starting 13–19. */
export const mobileNumberPattern = /^1[3-9]\d{9}$/;

/** The catalog's own words for a wrong one (issue 17, defect 9). */
export const mobileNumberWords = '请填写 11 位手机号码 / enter an 11-digit mobile number';

/** 138****0000: the citizen recognises their number; the person behind them cannot call it. */
export function maskMobileNumber(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '*'.repeat(phone.length);
}
