import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresReplySchema, type FiguresReply } from '../../platform/protocol/figures.js';
import { Chart } from '../charts/Chart.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { casesByDayChart, casesByItemChart, itemTotals } from './figure-charts.js';

/** 75 s, 4 min 10 s, 2 h 5 min: a time to answer as staff would say it. */
function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
}

function Tiles({ figures }: { figures: FiguresReply }) {
  const { t } = useTranslation('figures');
  const { reviews, helpCalls } = figures;
  const cases = figures.casesPerDay.reduce((sum, r) => sum + r.count, 0);
  const rate = reviews.total === 0 ? t('noReviews') : t('goodRateValue', { rate: ((reviews.good / reviews.total) * 100).toFixed(1), good: reviews.good, total: reviews.total });
  const tiles: [string, string, string][] = [
    ['cases', t('cases'), t('casesTotal', { count: cases })],
    ['good-rate', t('goodRate'), rate],
    ['help-answered', t('helpAnswered'), t('helpAnsweredValue', { answered: helpCalls.answered, total: helpCalls.total })],
    ['answer-time', t('answerTime'), t('answerTimeValue', { median: duration(helpCalls.medianSecondsToAnswer), max: duration(helpCalls.maxSecondsToAnswer) })],
  ];
  return (
    <dl className="tiles">
      {tiles.map(([id, term, value]) => (
        <div key={id} className="panel" data-testid={`tile-${id}`}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function BadReviews({ reviews }: { reviews: FiguresReply['badReviews'] }) {
  const { t } = useTranslation('figures');
  if (reviews.length === 0) return <p>{t('noBadReviews')}</p>;
  return (
    <table className="table" data-testid="bad-reviews">
      <TableHead labels={[t('at'), t('caseNumber'), t('score'), t('reasons'), t('terminal')]} />
      <tbody>
        {reviews.map((review) => (
          <tr key={review.caseNumber} data-testid="bad-review">
            <td className="mono">{formatTime(review.at)}</td>
            <td className="mono">{review.caseNumber}</td>
            <td>{review.score === 1 ? t('score_1') : t('score_2')}</td>
            <td>{review.reasons.join('、') || '—'}</td>
            <td>
              {review.hallName} <span className="mono">{review.terminalCode}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Charts({ figures }: { figures: FiguresReply }) {
  const { t } = useTranslation('figures');
  const items = useMemo(() => itemTotals(figures), [figures]);
  const byDay = useMemo(() => casesByDayChart(figures), [figures]);
  const byItem = useMemo(() => casesByItemChart(items), [items]);
  const count = items.reduce((sum, i) => sum + i.count, 0);
  return (
    <div className="charts">
      <section className="panel" aria-labelledby="by-day-title">
        <h2 id="by-day-title">{t('casesByDay')}</h2>
        <Chart option={byDay} label={t('casesByDayLabel', { from: figures.from, to: figures.to, count })} testId="cases-by-day" />
      </section>
      <section className="panel" aria-labelledby="by-item-title">
        <h2 id="by-item-title">{t('casesByItem')}</h2>
        <Chart option={byItem} label={t('casesByItemLabel', { items: items.length })} testId="cases-by-item" />
      </section>
    </div>
  );
}

const query = (from: string, to: string) => new URLSearchParams({ ...(from && { from }), ...(to && { to }) }).toString();

/** 办件量, 好差评 and help calls of the region for a range of days, with charts and a CSV export. */
export function FiguresPage() {
  const { t } = useTranslation('figures');
  const { api } = useSession();
  const [range, setRange] = useState({ from: '', to: '' });
  const [asked, setAsked] = useState(range);
  const load = useCallback(() => api.get(`/v1/admin/figures?${query(asked.from, asked.to)}`, figuresReplySchema), [api, asked]);
  const { data, error } = useLoad(load);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked(range);
  };
  const shown = { from: range.from || data?.from || '', to: range.to || data?.to || '' };
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('from')}
          <input type="date" value={shown.from} onChange={(e) => setRange({ ...shown, from: e.target.value })} data-testid="figures-from" />
        </label>
        <label>
          {t('to')}
          <input type="date" value={shown.to} onChange={(e) => setRange({ ...shown, to: e.target.value })} data-testid="figures-to" />
        </label>
        <button type="submit" className="primary" data-testid="figures-show">
          {t('show')}
        </button>
        {data && (
          <a className="button-link" href={`/v1/admin/figures.csv?${query(data.from, data.to)}`} download data-testid="figures-csv">
            {t('csv')}
          </a>
        )}
      </form>
      <Refusal error={error} />
      {data && (
        <>
          <Tiles figures={data} />
          <Charts figures={data} />
          <section className="panel" aria-labelledby="bad-title">
            <h2 id="bad-title">{t('badReviews')}</h2>
            <BadReviews reviews={data.badReviews} />
          </section>
        </>
      )}
    </main>
  );
}
