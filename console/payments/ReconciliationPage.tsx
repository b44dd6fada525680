import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reconciliationSchema, yuanText, type Reconciliation } from '../../platform/protocol/payments.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { TableHead } from '../shell/TableHead.js';
import { useAction } from '../shell/use-action.js';
import { CaseNotProceeding } from './CaseNotProceeding.js';
import { reconciliationCsv } from './reconciliation-csv.js';

/** Today in Beijing, the day a hall's takings belong to. */
const beijingToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The CSV handed to the browser as a file download, named for the day and region. */
function download(report: Reconciliation): void {
  const url = URL.createObjectURL(new Blob([reconciliationCsv(report)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `reconciliation-${report.region}-${report.day}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * 缴费对账 (admins and auditors): a day's orders of the region's terminals beside the provider's
 * statement, and every mismatch, as the platform's reconciliation computes them; a CSV for finance.
 */
export function ReconciliationPage() {
  const { t } = useTranslation('payments');
  const { api, account } = useSession();
  const [day, setDay] = useState(beijingToday);
  const [region, setRegion] = useState(account.regionCode);
  const [report, setReport] = useState<Reconciliation | null>(null);
  const { busy, error, run } = useAction();
  const load = () =>
    run(async () => {
      const query = new URLSearchParams({ day, region: region.trim() });
      setReport(await api.get(`/v1/admin/payments/reconciliation?${query}`, reconciliationSchema));
    });
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <div className="filters">
        <label>
          {t('day')}
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} data-testid="recon-day" />
        </label>
        <label>
          {t('region')}
          <input value={region} onChange={(e) => setRegion(e.target.value)} data-testid="recon-region" />
        </label>
        <button type="button" className="primary" disabled={busy} onClick={() => void load()} data-testid="recon-load">
          {t('load')}
        </button>
        {report && (
          <button type="button" className="secondary" onClick={() => download(report)} data-testid="recon-csv">
            {t('csv')}
          </button>
        )}
      </div>
      <Refusal error={error} />
      {report && <Report report={report} />}
      {account.role === 'admin' && <CaseNotProceeding />}
    </main>
  );
}

function Report({ report }: { report: Reconciliation }) {
  const { t } = useTranslation('payments');
  return (
    <>
      <p data-testid="recon-totals">{t('totals', { platform: yuanText(report.totals.platformPaidFen), provider: yuanText(report.totals.providerNetFen) })}</p>
      <h2>{t('mismatches', { count: report.mismatches.length })}</h2>
      {report.mismatches.length === 0 ? (
        <p data-testid="recon-no-mismatch">{t('noMismatch')}</p>
      ) : (
        <table data-testid="recon-mismatches">
          <TableHead labels={[t('order'), t('kind'), t('state'), t('platformAmount'), t('providerAmount')]} />
          <tbody>
            {report.mismatches.map((m) => (
              <tr key={m.orderId}>
                <td>{m.orderId}</td>
                <td>{t(`kind_${m.kind}`)}</td>
                <td>{m.platformState ?? ''}</td>
                <td>{m.platformFen === null ? '' : yuanText(m.platformFen)}</td>
                <td>{m.providerFen === null ? '' : yuanText(m.providerFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('orders', { count: report.orders.length })}</h2>
      <table data-testid="recon-orders">
        <TableHead labels={[t('order'), t('due'), t('state'), t('amount'), t('created')]} />
        <tbody>
          {report.orders.map((o) => (
            <tr key={o.orderId}>
              <td>{o.orderId}</td>
              <td>{o.dueKey}</td>
              <td>{o.state}</td>
              <td>{yuanText(o.amountFen)}</td>
              <td>{o.createdAt}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('payments', { count: report.payments.length })}</h2>
      <table data-testid="recon-payments">
        <TableHead labels={[t('order'), t('tradeNo'), t('amount'), t('refunded')]} />
        <tbody>
          {report.payments.map((p) => (
            <tr key={p.orderId}>
              <td>{p.orderId}</td>
              <td>{p.providerTradeNo}</td>
              <td>{yuanText(p.amountFen)}</td>
              <td>{yuanText(p.refundedFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
