import { describe, expect, it } from 'vitest';
import type { MaterialView } from '../api.js';
import { initialChoices, materialsToSubmit, unsatisfied, type Choices } from './materials.js';

const idCard: MaterialView = { key: 'material.idCard', name: '居民身份证', necessity: 'required', certificate: { name: '居民身份证（本机已读取）' }, owed: null };
const licence: MaterialView = { key: 'material.businessLicense', name: '营业执照', necessity: 'required', certificate: null, owed: null };
const lease: MaterialView = { key: 'material.lease', name: '租赁合同', necessity: 'owed', certificate: null, owed: { workingDays: 5, dueBy: '2026-12-04' } };
const photo: MaterialView = { key: 'material.photo', name: '证件照', necessity: 'optional', certificate: null, owed: null };
const all = [idCard, licence, lease, photo];

describe('the materials step', () => {
  it('starts with the e-certificates the citizen holds already chosen', () => {
    expect(initialChoices(all)).toEqual({ 'material.idCard': { way: 'certificate' } });
  });

  it('counts a photo not yet taken or a material not yet accounted for as missing; an optional material never', () => {
    const choices: Choices = { ...initialChoices(all), 'material.businessLicense': { way: 'captured', pages: [], camera: 0 } };
    expect(unsatisfied(all, choices).map((m) => m.name)).toEqual(['营业执照', '租赁合同']);
    const done: Choices = { ...choices, 'material.businessLicense': { way: 'captured', pages: ['/9j/'], camera: null }, 'material.lease': { way: 'owed' } };
    expect(unsatisfied(all, done)).toEqual([]);
  });

  it('submits only finished choices', () => {
    const choices: Choices = {
      'material.idCard': { way: 'certificate' },
      // A second page being taken: the first two are sent, in order.
      'material.businessLicense': { way: 'captured', pages: ['/9j/1', '/9j/2'], camera: 2 },
      'material.photo': { way: 'captured', pages: [], camera: 0 },
    };
    expect(materialsToSubmit(choices)).toEqual([
      { key: 'material.idCard', way: 'certificate' },
      { key: 'material.businessLicense', way: 'captured', pagesJpegBase64: ['/9j/1', '/9j/2'] },
    ]);
  });
});
