import type { CaseUpload } from '../../../platform/protocol/cases.js';
import type { CatalogField } from '../catalog/form-schema.js';
import { maskIdNumber, maskName } from '../../../standards/masking.js';
import type { FilledForm } from './a4-documents.js';

/** Paper leaves the lobby: what identifies a person is masked as on the receipt. */
function shown(field: CatalogField, value: string): string {
  if (field.type === 'idNumber') return maskIdNumber(value);
  if (field.type === 'phone') return value.length > 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : '****';
  if (field.key.endsWith('.name')) return maskName(value);
  const option = field.options?.find((o) => o.value === value);
  return option ? option.label : value;
}

/** The filled application form of one case: the item's questions in order, with the answers given. */
export function filledForm(fields: readonly CatalogField[], upload: CaseUpload, hallName: string): FilledForm {
  const answers = fields
    .filter((field) => upload.answers[field.key] !== undefined)
    .map((field) => [field.label, shown(field, upload.answers[field.key] ?? '')] as const);
  return { itemName: upload.itemName, caseNumber: upload.caseNumber, acceptedAt: upload.acceptedAt, hallName, answers };
}
