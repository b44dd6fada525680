import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../protocol/index.js';
import { auditCsv, csvCell } from './csv.js';

describe('the audit CSV', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a,b', '"a,b"'],
    ['two\nlines', '"two\nlines"'],
    ['张三', '张三'],
    ['a-b', 'a-b'],
  ])('writes %j as %j, a formula as text', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('starts with a BOM and a header, one CRLF line per entry', () => {
    const entry: AuditEntry = { id: 7, at: '2026-12-02T01:00:00.000Z', actor: '=cmd', role: null, sourceIp: '127.0.0.1', action: 'login.failed', target: null, regionCode: '420000', detail: {} };
    const text = auditCsv([entry]);
    expect(text.startsWith('\uFEFFid,at,actor,role,source_ip,action,target,region_code,detail\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toBe("7,2026-12-02T01:00:00.000Z,'=cmd,,127.0.0.1,login.failed,,420000,{}");
  });
});
