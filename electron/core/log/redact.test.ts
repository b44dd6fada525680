import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

/** Lines as careless code would write them, with a real-looking citizen in each. */
describe('redact', () => {
  it.each([
    ['request identity.read failed: card 42010319900312002X not accepted', '42010319900312002X'],
    ['old card 420103900312002 read', '420103900312002'],
    ['case.submit answers {"phone":"13800138000","x":1}', '13800138000'],
    ['callback to 138 0013 8000 asked', '138 0013 8000'],
    ['callback to +86 139-1234-5678', '139-1234-5678'],
    ['hall phone (027) 8765 4321 busy', '8765 4321'],
    ['landline 027-87654321', '87654321'],
    ['identity {"name":"陈晓欣","sex":"女"}', '陈晓欣'],
    ["foreign card {'name': 'ZHANG, SAN'}", 'ZHANG, SAN'],
    ['姓名：陈晓欣，住址：武汉市江岸区胜利街1号', '陈晓欣'],
    ['姓名：陈晓欣，住址：武汉市江岸区胜利街1号', '武汉市江岸区胜利街1号'],
    ['applicantName=李四 submitted', '李四'],
    ['foreign permanent resident idNumber: CHN110076051421 read', 'CHN110076051421'],
  ])('removes the person from %s', (line, person) => {
    expect(redact(line)).not.toContain(person);
  });

  it('keeps what a technician needs: case numbers, ports, versions, counts, the hotline', () => {
    const line = 'case WH00012025060100012K uploaded; case 42010020250601000123 too; /dev/ttyUSB0 @ 115200; catalog v12; 3 items; call 12345; at 2025-06-01T08:00:00.000Z';
    expect(redact(line)).toBe(line);
  });

  it('keeps a masked number as it is', () => {
    expect(redact('identity 4201**********0010 陈*欣')).toBe('identity 4201**********0010 陈*欣');
  });
});
