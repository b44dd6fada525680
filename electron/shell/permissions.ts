import type { Permission, PermissionCheckDetails, PermissionRequestDetails, ShellSession } from './shell-electron.js';

/** The document camera (video) and 远程帮办's camera and microphone: nothing else of the machine. */
const mediaAllowed: ReadonlySet<string> = new Set(['video', 'audio']);

/**
 * Camera and microphone are the one thing the page may ask for: the document camera, and a
 * remote clerk's call (the page asks only while the call lasts, and shows that they are on). A
 * media request that names no media type is refused, since Chromium would read an empty list as
 * "whatever the page asked getUserMedia for".
 */
export function requestAllowed(permission: Permission, details: PermissionRequestDetails): boolean {
  if (permission !== 'media' || !('mediaTypes' in details)) return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => mediaAllowed.has(type));
}

/** The synchronous checks (navigator.permissions.query, enumerateDevices labels) say the same. */
export function checkAllowed(permission: Permission, details: PermissionCheckDetails): boolean {
  return permission === 'media' && details.mediaType !== undefined && mediaAllowed.has(details.mediaType);
}

/** Both handlers: without the check handler Chromium answers every check "granted" by default. */
export function lockPermissions(session: ShellSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(requestAllowed(permission, details)));
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => checkAllowed(permission, details));
}
