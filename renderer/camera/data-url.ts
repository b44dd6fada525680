/** The base64 part of a data: URL. */
export function dataUrlBase64(url: string): string {
  return url.slice(url.indexOf(',') + 1);
}

/** How many bytes a base64 text decodes to. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}
