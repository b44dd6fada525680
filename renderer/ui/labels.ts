import type { UploadState } from '../api.js';

/** Plain words for states the core names in code. */
export const uploadLabels: Record<UploadState, string> = {
  uploaded: '已上报至政务服务平台',
  waiting: '网络恢复后将自动上报，无需再次办理',
};

export function receiptLabel(receipt: { printed: boolean; problem?: string }): string {
  if (receipt.printed) return '回执已打印，请从出纸口取走回执';
  const problem = receipt.problem ? `${receipt.problem.replace(/[。.]$/, '')}。` : '';
  return `回执未能打印：${problem}您可在“查询打印”中补打，或到服务台领取`;
}
