import { describe, expect, it } from 'vitest';
import { KioskError } from '../../api/kiosk-error.js';
import type { CatalogField } from '../catalog/item.js';
import { problemWith } from './field-check.js';
import { resolveAnswers } from './form.js';

const field = (key: string, label: string, required = true): CatalogField => ({ key, label, type: 'text', required });
const name = field('applicant.name', '姓名');
const address = field('residence.address', '居住地址');
const businessName = field('business.name', '字号名称');
const reason = field('change.reason', '变更原因', false);

const unreadable = (label: string) => ({ zh: `“${label}”含有无法识别的字符，请删除后重新填写`, en: `“${label}” holds characters that cannot be read; delete them and type it again` });
const noEmoji = (label: string) => ({ zh: `“${label}”不能含表情符号，请只填文字`, en: `“${label}” cannot hold emoji; use words only` });

describe('the characters of a typed answer', () => {
  it.each([
    ['NUL', '张\u0000三'],
    ['a tab', '张\t三'],
    ['a line break', '解放大道\n1号'],
    ['DEL', '张三\u007f'],
    ['a C1 control', '张三\u0085'],
    ['a high surrogate alone', '张三\ud83d'],
    ['a low surrogate alone', '\ude00张三'],
  ])('refuses %s in any text, saying so in Chinese and English', (_what, value) => {
    for (const f of [name, address, reason]) expect(problemWith(f, value)).toEqual(unreadable(f.label));
  });

  it('refuses a control character that is all the answer holds, even in an optional field', () => {
    // Blank to the eye, so it must not pass as "left empty" and be stored.
    expect(problemWith(reason, '\t')).toEqual(unreadable(reason.label));
    expect(problemWith(reason, '\u0000')).toEqual(unreadable(reason.label));
    expect(problemWith(reason, '   ')).toBeUndefined();
  });

  it.each([['😀'], ['👨‍👩‍👧'], ['🇨🇳'], ['1️⃣'], ['❤️']])('refuses the emoji %s in a name or an address', (emoji) => {
    for (const f of [name, address, businessName]) expect(problemWith(f, `武汉${emoji}`)).toEqual(noEmoji(f.label));
  });

  it('takes names and addresses as people write them', () => {
    for (const value of ['陈晓欣', '阿依古丽·买买提', 'Zoë Li', '𠮷野家']) expect(problemWith(name, value)).toBeUndefined();
    for (const value of ['武汉市江岸区解放大道１０８号（三楼）', '洪山区珞喻路 1037 号 3-2-501']) expect(problemWith(address, value)).toBeUndefined();
  });

  it('lets other text hold emoji, paired as typed', () => {
    expect(problemWith(reason, '搬家了🏠')).toBeUndefined();
  });
});

describe('answers submitted with a character refused', () => {
  const form = { fields: [name, address, reason] };
  const sources = { identity: { cardType: 'resident' as const, name: '陈晓欣', idNumber: '420103199003120029', source: 'card' as const }, certificates: undefined };

  it('refuses the whole case naming the field, and stores nothing of it', () => {
    const answers = { 'applicant.name': '陈晓欣', 'residence.address': '解放大道\u0000', 'change.reason': '搬家' };
    let thrown: unknown;
    try {
      resolveAnswers(form, sources, answers);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KioskError);
    expect(thrown).toMatchObject({ code: 'INVALID_ANSWERS', message: unreadable('居住地址').zh, en: { message: unreadable('居住地址').en } });
    expect(resolveAnswers(form, sources, { ...answers, 'residence.address': '解放大道1号' })).toEqual({ ...answers, 'residence.address': '解放大道1号' });
  });
});

describe('the words of a problem', () => {
  it("says the catalog's own message before the type's plainer one", () => {
    const phone: CatalogField = { key: 'applicant.phone', label: '联系电话', type: 'phone', required: true, validation: { pattern: '^1\\d{10}$', patternMessage: '请填写 11 位手机号码' } };
    expect(problemWith(phone, '123')?.zh).toBe('请填写 11 位手机号码');
    expect(problemWith(phone, '13800138000')).toBeUndefined();
  });

  it('asks for a choice to be chosen and anything else to be filled in', () => {
    const choice: CatalogField = { key: 'delivery.method', label: '领取方式', type: 'select', required: true, options: [{ value: 'post', label: '邮寄' }] };
    expect(problemWith(choice, undefined)?.zh).toBe('请选择“领取方式”');
    expect(problemWith(name, '')?.zh).toBe('请填写“姓名”');
  });
});
