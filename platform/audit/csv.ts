import type { AuditEntry } from '../protocol/index.js';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV injection"):
 * a login name like `=HYPERLINK(...)` would act on the auditor's machine. A leading ' makes it text.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break, and never a formula. */
export function csvCell(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const header = ['id', 'at', 'actor', 'role', 'source_ip', 'action', 'target', 'region_code', 'detail'];

function row(entry: AuditEntry): string[] {
  return [String(entry.id), entry.at, entry.actor, entry.role ?? '', entry.sourceIp ?? '', entry.action, entry.target ?? '', entry.regionCode, JSON.stringify(entry.detail)];
}

/** UTF-8 with a byte order mark, which Excel needs to read Chinese as Chinese; CRLF lines. */
export function csvText(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  return csvText([header, ...entries.map(row)]);
}
