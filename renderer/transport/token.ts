/**
 * The browser host's per-launch token travels in the URL fragment: never sent to a server in a
 * request line, and left in place so a reload still works. It is deliberately not copied to
 * localStorage or sessionStorage, which would outlive the launch it belongs to.
 */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? token : null;
}
