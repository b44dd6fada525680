import type { NextSteps } from '../../api/next-steps.js';
import type { Applicable } from '../catalog/catalog.js';
import type { CatalogItem } from '../catalog/item.js';
import type { ResolvedMaterials } from '../materials/check-materials.js';
import { workingDaysAfter } from '../materials/working-days.js';

export interface NextStepsFacts {
  wanted: Applicable;
  cases: readonly { caseNumber: string; itemCode: string; itemName: string }[];
  owed: ResolvedMaterials['owed'];
  cardRead: boolean;
  acceptedAt: Date;
}

/**
 * What the citizen must do and may expect after 提交, from the catalog: the screen and the receipt
 * print this one answer. A 一件事's owed material is brought where the first item asking for it is handled.
 */
export function nextSteps({ wanted, cases, owed, cardRead, acceptedAt }: NextStepsFacts): NextSteps {
  const [first] = wanted.items;
  if (!first) throw new TypeError('an applicable has no item');
  const byCode = new Map(wanted.items.map((item) => [item.code, item]));
  const owner = (key: string): CatalogItem => wanted.items.find((item) => item.materials.some((m) => m.key === key)) ?? first;
  return {
    cases: cases.map(({ caseNumber, itemCode, itemName }) => {
      const item = byCode.get(itemCode) ?? first;
      return {
        caseNumber,
        itemCode,
        itemName,
        department: item.department,
        phone: item.phones.consultation,
        promisedDays: item.promisedDays,
        promisedBy: item.promisedDays === 0 ? null : workingDaysAfter(acceptedAt, item.promisedDays),
        resultName: item.result.name,
        delivery: item.result.delivery,
      };
    }),
    owed: owed.map(({ material, workingDays }) => {
      const { place, hours } = owner(material.key);
      return { name: material.name, dueBy: workingDaysAfter(acceptedAt, workingDays), place, hours };
    }),
    keep: cases[0]?.caseNumber ?? '',
    returnIdCard: cardRead,
  };
}
