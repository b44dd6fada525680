import { describe, expect, it } from 'vitest';
import type { BrowseEntry } from '../../api.js';
import { browseList, departmentsOf, stagesOf } from './browse-filter.js';

const entry = (code: string, kind: BrowseEntry['kind'], serves: BrowseEntry['serves'], stages: BrowseEntry['stages'], department = '民政局'): BrowseEntry => ({
  code,
  name: code,
  department,
  promisedDays: 1,
  kind,
  serves,
  stages,
});
const entries = [
  entry('RETIRE', 'item', ['自然人'], ['退休'], '人社局'),
  entry('BIRTH', 'item', ['自然人'], ['出生'], '公安局'),
  entry('SHOP', 'item', ['自然人', '法人'], ['创业'], '市场监管局'),
  entry('TAX', 'item', ['法人'], [], '税务局'),
  entry('YJS-RETIRE', 'lifeEvent', ['自然人'], ['退休'], '多部门联办'),
];
const codes = (list: BrowseEntry[]) => list.map((e) => e.code);

describe('browsing the list', () => {
  it('shows a person the items for people, and a business those for businesses', () => {
    expect(codes(browseList(entries, [], 'items', '自然人', { view: 'all' }))).toEqual(['RETIRE', 'BIRTH', 'SHOP']);
    expect(codes(browseList(entries, [], 'items', '法人', { view: 'all' }))).toEqual(['SHOP', 'TAX']);
  });

  it('files a 一件事 under its 人生事件, but never in the guide list, which only items have', () => {
    expect(codes(browseList(entries, [], 'items', '自然人', { view: 'stage', stage: '退休' }))).toEqual(['RETIRE', 'YJS-RETIRE']);
    expect(codes(browseList(entries, [], 'guides', '自然人', { view: 'stage', stage: '退休' }))).toEqual(['RETIRE']);
  });

  it('keeps 热门事项 in their rank, for the chosen party only', () => {
    expect(codes(browseList(entries, ['TAX', 'BIRTH', 'SHOP'], 'items', '自然人', { view: 'popular' }))).toEqual(['BIRTH', 'SHOP']);
  });

  it('offers only the stages and departments with something in them, stages in life’s order', () => {
    expect(stagesOf(entries, '自然人')).toEqual(['出生', '创业', '退休']);
    expect(departmentsOf(entries, '法人')).toEqual(['市场监管局', '税务局'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(codes(browseList(entries, [], 'items', '法人', { view: 'department', department: '税务局' }))).toEqual(['TAX']);
  });
});
