/**
 * The number of a 非税收入缴款通知书 (payment notice of non-tax revenue): 20 digits, printed on the
 * notice and carried alone by its barcode. One pattern for the wire, the kiosk API and the scanner.
 */
export const noticeNumberPattern = /^\d{20}$/;

export const noticeNumberWords = '缴款通知书编号为20位数字 / the notice number has 20 digits';
