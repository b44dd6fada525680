import { describe, expect, it } from 'vitest';
import { caseLinkTemplateSchema, phoneLink } from './phone-link.js';

describe('the provincial app link of a case', () => {
  it('takes an https address with one {caseNumber}, and refuses what a phone could not open or would open wrongly', () => {
    expect(caseLinkTemplateSchema.safeParse('https://ehb.hubei.gov.cn/case?no={caseNumber}').success).toBe(true);
    for (const bad of ['http://ehb.hubei.gov.cn/case?no={caseNumber}', 'https://ehb.hubei.gov.cn/case', 'https://x.cn/{caseNumber}/{caseNumber}', 'ehb://case/{caseNumber}', '{caseNumber}']) {
      expect(caseLinkTemplateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('puts the case number in, and gives no link where none is configured', () => {
    expect(phoneLink('https://ehb.hubei.gov.cn/case?no={caseNumber}', 'WH00012026120200001X')).toBe('https://ehb.hubei.gov.cn/case?no=WH00012026120200001X');
    expect(phoneLink(undefined, 'WH00012026120200001X')).toBeNull();
  });
});
