/** Where a field's value comes from when the citizen need not type it. */
export type PrefillSource = 'idcard.name' | 'idcard.idNumber';

export interface CatalogField {
  /** Canonical key shared across items, so 一件事 bundles can join forms by it. */
  key: string;
  label: string;
  kind: 'text' | 'choice';
  required: boolean;
  prefill?: PrefillSource;
  options?: { value: string; label: string }[];
}

export interface CatalogItem {
  code: string;
  name: string;
  department: string;
  promisedDays: number;
  fields: CatalogField[];
}
