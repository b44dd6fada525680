import { describe, expect, it } from 'vitest';
import type { MaterialView } from '../api.js';
import { initialChoices, materialsToSubmit, unsatisfied, type Choices } from './materials.js';

const idCard: MaterialView = { key: 'material.idCard', name: '居民身份证', necessity: 'required', certificate: { name: '居民身份证（本机已读取）' } };
const licence: MaterialView = { key: 'material.businessLicense', name: '营业执照', necessity: 'required', certificate: null };
const lease: MaterialView = { key: 'material.lease', name: '租赁合同', necessity: 'owed', certificate: null };
const photo: MaterialView = { key: 'material.photo', name: '证件照', necessity: 'optional', certificate: null };
const all = [idCard, licence, lease, photo];

describe('the materials step', () => {
  it('starts with the e-certificates the citizen holds already chosen', () => {
    expect(initialChoices(all)).toEqual({ 'material.idCard': { way: 'certificate' } });
  });

  it('counts a photo not yet taken or a deadline not yet picked as missing; an optional material never', () => {
    const choices: Choices = { ...initialChoices(all), 'material.businessLicense': { way: 'captured', jpegBase64: null }, 'material.lease': { way: 'owed', workingDays: null } };
    expect(unsatisfied(all, choices).map((m) => m.name)).toEqual(['营业执照', '租赁合同']);
    const done: Choices = { ...choices, 'material.businessLicense': { way: 'captured', jpegBase64: '/9j/' }, 'material.lease': { way: 'owed', workingDays: 10 } };
    expect(unsatisfied(all, done)).toEqual([]);
  });

  it('submits only finished choices', () => {
    const choices: Choices = { 'material.idCard': { way: 'certificate' }, 'material.businessLicense': { way: 'captured', jpegBase64: '/9j/' }, 'material.photo': { way: 'captured', jpegBase64: null } };
    expect(materialsToSubmit(choices)).toEqual([
      { key: 'material.idCard', way: 'certificate' },
      { key: 'material.businessLicense', way: 'captured', jpegBase64: '/9j/' },
    ]);
  });
});
