import { QrCode } from '../../ui-shared/QrCode.js';

/**
 * The case number as a QR code on screen, for when no receipt came out: the citizen photographs
 * or scans it, and any terminal or clerk finds the case from it.
 */
export function CaseQr({ value, testId }: { value: string; testId?: string }) {
  return <QrCode value={value} label="办件编号二维码" className="case-qr" {...(testId !== undefined && { testId })} />;
}
