import { useState, type FormEvent } from 'react';
import { KioskError, type CaseView } from '../api.js';
import { KeyboardInput } from '../keyboard/KeyboardInput.js';
import { useKiosk } from '../transport/context.js';
import { toKioskError } from '../transport/validate.js';
import { CaseNumber } from '../ui/CaseNumber.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { formatInstant } from '../ui/format.js';
import { useStateLabels } from '../ui/labels.js';

type Lookup = { state: 'idle' } | { state: 'asking' } | { state: 'found'; view: CaseView } | { state: 'failed'; error: KioskError };

export function Query({ caseNumber }: { caseNumber: string }) {
  const kiosk = useKiosk();
  const [input, setInput] = useState(caseNumber);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });

  const ask = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setLookup({ state: 'asking' });
    try {
      setLookup({ state: 'found', view: await kiosk.invoke('case.query', { caseNumber: input }) });
    } catch (error) {
      setLookup({ state: 'failed', error: withFormatHint(toKioskError(error)) });
    }
  };

  return (
    <section className="screen query">
      <h1>查询办件进度</h1>
      <form className="query-form" onSubmit={(event) => void ask(event)}>
        <label className="field-label" htmlFor="query-input">
          办件编号（在回执上）
        </label>
        <KeyboardInput
          layout="code"
          label="办件编号"
          id="query-input"
          className="text-input case-input"
          testId="query-input"
          maxLength={20}
          value={input}
          onChange={setInput}
        />
        <button type="submit" className="primary main-action" data-testid="query-submit" disabled={lookup.state === 'asking'}>
          {lookup.state === 'asking' ? '正在查询……' : '查询'}
        </button>
      </form>
      {lookup.state === 'failed' && <ErrorPanel error={lookup.error} testId="query-error" />}
      {lookup.state === 'found' && <CaseStatusView view={lookup.view} />}
      {lookup.state === 'found' && <ReprintButton caseNumber={lookup.view.caseNumber} />}
    </section>
  );
}

function CaseStatusView({ view }: { view: CaseView }) {
  const labels = useStateLabels();
  return (
    <div className="case-status">
      <p className="item-name">{view.itemName}</p>
      <CaseNumber value={view.caseNumber} />
      <p className="status-now" data-testid="query-status">
        {labels.caseStatus(view.status)}
      </p>
      {view.source === 'terminal' && <p className="lead">网络中断，以上是本终端的记录；网络恢复后可查到最新进度。</p>}
      <ol className="timeline">
        {view.timeline.map((entry, index) => (
          <li key={index}>
            <span className="timeline-at">{formatInstant(entry.at)}</span>
            <span className="timeline-label">{entry.label}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

type Reprint = { state: 'idle' } | { state: 'printing' } | { state: 'done'; printed: boolean; problem?: string } | { state: 'failed'; error: KioskError };

/** 补打回执: the receipt again, marked 补打, from the terminal that accepted the case. */
function ReprintButton({ caseNumber }: { caseNumber: string }) {
  const kiosk = useKiosk();
  const [reprint, setReprint] = useState<Reprint>({ state: 'idle' });
  const press = async (): Promise<void> => {
    setReprint({ state: 'printing' });
    try {
      setReprint({ state: 'done', ...(await kiosk.invoke('case.reprint', { caseNumber })) });
    } catch (error) {
      setReprint({ state: 'failed', error: toKioskError(error) });
    }
  };
  return (
    <div className="reprint">
      <button type="button" className="secondary" data-testid="reprint" disabled={reprint.state === 'printing'} onClick={() => void press()}>
        {reprint.state === 'printing' ? '正在打印……' : '补打回执'}
      </button>
      {reprint.state === 'done' && (
        <p data-testid="reprint-state" className={reprint.printed ? 'fact fact-ok' : 'fact fact-warn'}>
          {reprint.printed ? '回执已补打，请从出纸口取走' : `回执未能打印：${reprint.problem ?? '打印机故障'}。请到服务台领取`}
        </p>
      )}
      {reprint.state === 'failed' && <ErrorPanel error={reprint.error} testId="reprint-error" />}
    </div>
  );
}

/** A mistyped number is refused before it is sent; say what a right one looks like. */
function withFormatHint(error: KioskError): KioskError {
  if (error.code !== 'BAD_REQUEST' || error.hint) return error;
  return new KioskError({ ...error.toJSON(), hint: '办件编号在回执上，共 20 位字母和数字，例如 WH0001 2026 1123 00017 K' });
}
