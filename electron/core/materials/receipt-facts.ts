import type { MaterialFacts } from '../print/acceptance-receipt.js';
import type { ResolvedMaterials, SignedCommitment } from './check-materials.js';

/** The receipt's word on materials: what was received and how. What is owed is a next step (next-steps.ts). */
export function materialFacts(resolved: ResolvedMaterials, commitment: SignedCommitment | undefined): MaterialFacts {
  return {
    received: [...resolved.certified.map((m) => `${m.name}（电子证照，免提交）`), ...resolved.captured.map(({ material, pages }) => `${material.name}（本机拍照${pages.length > 1 ? ` ${pages.length} 页` : ''}）`)],
    ...(commitment ? { commitmentNote: '申请人已在本机阅读并签署告知承诺书' } : {}),
  };
}
