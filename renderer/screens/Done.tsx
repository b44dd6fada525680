import type { Dispatch } from 'react';
import type { Action, SubmitResult } from '../flow/flow.js';
import { CaseNumber } from '../ui/CaseNumber.js';
import { CaseQr } from '../ui/CaseQr.js';
import { formatInstant } from '../ui/format.js';
import { receiptLabel, uploadLabels } from '../ui/labels.js';

type DoneProps = { itemName: string; result: SubmitResult; dispatch: Dispatch<Action>; onFinish: () => void };

export function Done({ itemName, result, dispatch, onFinish }: DoneProps) {
  const { receipt, upload } = result;
  return (
    <section className="screen done">
      <h1 className="done-title">
        <span className="done-mark" aria-hidden="true">✓</span>申请已受理
      </h1>
      <p className="lead">{itemName}</p>
      <div className="case-box">
        <p className="case-label">办件编号（请记下或保存回执）</p>
        <CaseNumber value={result.caseNumber} testId="case-number" />
        <p className="case-time">受理时间：{formatInstant(result.acceptedAt)}</p>
      </div>
      {result.cases.length > 1 && <BundleCases cases={result.cases} />}
      <ul className="done-facts">
        <li data-testid="receipt-state" className={receipt.printed ? 'fact fact-ok' : 'fact fact-warn'}>
          {receiptLabel(receipt)}
        </li>
        <li data-testid="upload-state" className={upload === 'uploaded' ? 'fact fact-ok' : 'fact fact-wait'}>
          {uploadLabels[upload]}
        </li>
      </ul>
      {!receipt.printed && (
        <div className="case-qr-box">
          <CaseQr value={result.caseNumber} testId="case-qr" />
          <p>没有回执时，可用手机拍下此二维码保存办件编号</p>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          data-testid="query-case"
          onClick={() => dispatch({ type: 'query', caseNumber: result.caseNumber })}
        >
          查询此件
        </button>
        <button type="button" className="primary main-action" data-testid="finish" onClick={onFinish}>
          完成
        </button>
      </div>
    </section>
  );
}

/** A 一件事 became one case per item; each department answers for its own, by its own number. */
function BundleCases({ cases }: { cases: SubmitResult['cases'] }) {
  return (
    <div className="bundle-cases">
      <p className="case-label">本次共受理 {cases.length} 件，各有办件编号：</p>
      <ul data-testid="bundle-cases">
        {cases.map((c) => (
          <li key={c.caseNumber}>
            <span className="item-name">{c.itemName}</span>
            <CaseNumber value={c.caseNumber} testId={`case-number-${c.itemCode}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
