import type { MaterialFacts } from '../print/acceptance-receipt.js';
import { lobbyDateText } from '../print/lobby-time.js';
import type { ResolvedMaterials, SignedCommitment } from './check-materials.js';
import { workingDaysAfter } from './working-days.js';

/** The receipt's word on materials: what was received and how, what is owed and by when. */
export function materialFacts(resolved: ResolvedMaterials, commitment: SignedCommitment | undefined, acceptedAt: Date): MaterialFacts {
  return {
    received: [...resolved.certified.map((m) => `${m.name}（电子证照，免提交）`), ...resolved.captured.map(({ material, pages }) => `${material.name}（本机拍照${pages.length > 1 ? ` ${pages.length} 页` : ''}）`)],
    owed: resolved.owed.map(({ material, workingDays }) => ({ name: material.name, dueBy: lobbyDateText(workingDaysAfter(acceptedAt, workingDays)) })),
    ...(commitment ? { commitmentNote: '申请人已在本机阅读并签署告知承诺书' } : {}),
  };
}
