/**
 * Terminal code (6), date (4+4), sequence (5), check character (1): read aloud or copied by an
 * elderly citizen, 20 characters in a row are hopeless; in these chunks they are not.
 */
const chunkLengths = [6, 4, 4, 5, 1];

export function groupCaseNumber(caseNumber: string): string[] {
  const plain = caseNumber.replace(/[\s-]/g, '');
  // Another shape (an official number the platform attached) is shown as it was given.
  if (plain.length !== 20) return [caseNumber.trim()];
  const chunks: string[] = [];
  let at = 0;
  for (const length of chunkLengths) {
    chunks.push(plain.slice(at, at + length));
    at += length;
  }
  return chunks;
}

const caseNumberShape = /[A-Z0-9]{6}\d{13}[0-9A-Z]/;

/**
 * The case number in what a scanner typed: the receipt's QR holds the bare number, but a code
 * from elsewhere (a link with the number in it) still finds it. Text with no such run is returned
 * as typed, for the contract's own check to word the problem.
 */
export function caseNumberInScan(text: string): string {
  return caseNumberShape.exec(text.toUpperCase().replace(/[\s-]/g, ''))?.[0] ?? text.trim();
}
