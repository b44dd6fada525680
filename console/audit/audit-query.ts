/** The audit page's filter as the form holds it: Beijing local times from datetime-local inputs. */
export interface AuditFilter {
  from: string;
  to: string;
  actor: string;
  action: string;
}

export const emptyFilter: AuditFilter = { from: '', to: '', actor: '', action: '' };

/** 2026-12-02T15:09 from a datetime-local input, read as Beijing time, as the wire's ISO time. */
const beijingIso = (local: string): string => `${local.length === 16 ? `${local}:00` : local}+08:00`;

/** The query string of /v1/console/audit and audit.csv; empty fields are left out, not sent empty. */
export function auditSearch(filter: AuditFilter, before?: number): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', beijingIso(filter.from));
  if (filter.to) params.set('to', beijingIso(filter.to));
  if (filter.actor.trim()) params.set('actor', filter.actor.trim());
  if (filter.action) params.set('action', filter.action);
  if (before !== undefined) params.set('before', String(before));
  const search = params.toString();
  return search ? `?${search}` : '';
}
