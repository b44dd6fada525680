/**
 * Masks of GB/T 35273 (个人信息安全规范) kind, shared by the kiosk and the platform.
 * Masks for a shared screen and for paper: enough for the citizen to recognise their own data,
 * too little for the person behind them to use it. 陈晓欣 → 陈*欣, 4201...0010 → 4201**********0010.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber.trim()];
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
}
