import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { hallSettingsSchema, hallsReplySchema, type HallReply, type HallSettings } from '../../platform/protocol/appointments.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';

const savedSchema = z.object({ id: z.uuid() });

/** A new hall's starting point, in the admin's region: one group to rename and fill. */
function template(regionCode: string): HallSettings {
  return {
    regionCode,
    name: '',
    slotMinutes: 30,
    bookingDays: 14,
    hours: { workday: { opens: '09:00', closes: '17:00' }, weekend: null },
    groups: [{ code: 'A', name: '综合受理', slotCapacity: 2, windows: ['1'], items: [] }],
  };
}

/** The settings as typed, checked with the platform's own schema before they are sent. */
function parsed(text: string): { settings: HallSettings } | { problem: string } {
  try {
    const result = hallSettingsSchema.safeParse(JSON.parse(text));
    return result.success ? { settings: result.data } : { problem: z.prettifyError(result.error) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * 预约取号: each hall's window groups, items, hours and slot capacity in a region. Edited as the
 * JSON the admin API takes (README: Halls, appointments and queue tickets), checked here first.
 */
export function HallsPage() {
  const { t } = useTranslation('halls');
  const { api, account } = useSession();
  const [region, setRegion] = useState(account.regionCode);
  const [halls, setHalls] = useState<HallReply[] | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const load = () =>
    run(async () => {
      setHalls((await api.get(`/v1/admin/halls?region=${encodeURIComponent(region.trim())}`, hallsReplySchema)).halls);
    });
  const edit = (settings: HallSettings) => {
    setText(JSON.stringify(settings, null, 2));
    setProblem(null);
    setSaved(false);
  };
  const save = () => {
    const checked = parsed(text ?? '');
    if ('problem' in checked) return setProblem(checked.problem);
    setProblem(null);
    void run(async () => {
      await api.put('/v1/admin/halls', checked.settings, savedSchema);
      setSaved(true);
      await load();
    });
  };
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <div className="filters">
        <label>
          {t('region')}
          <input value={region} onChange={(e) => setRegion(e.target.value)} data-testid="halls-region" />
        </label>
        <button type="button" className="secondary" disabled={busy} onClick={() => void load()} data-testid="halls-load">
          {t('load')}
        </button>
        {account.role !== 'auditor' && (
          <button type="button" className="secondary" onClick={() => edit(template(region.trim()))} data-testid="halls-new">
            {t('new')}
          </button>
        )}
      </div>
      <Refusal error={error} />
      {halls?.length === 0 && <p data-testid="halls-none">{t('none')}</p>}
      {halls?.map((hall) => <HallSummary key={hall.id} hall={hall} onEdit={account.role === 'auditor' ? undefined : () => edit(hall.settings)} />)}
      {text !== null && (
        <form className="config-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
          <label>
            {t('settings')}
            <textarea rows={18} value={text} onChange={(e) => setText(e.target.value)} data-testid="hall-json" spellCheck={false} />
          </label>
          {problem && <p className="refusal" role="alert" data-testid="hall-problem">{problem}</p>}
          {saved && <p className="notice" role="status" data-testid="hall-saved">{t('saved')}</p>}
          <button type="submit" className="primary" disabled={busy} data-testid="hall-save">
            {t('save')}
          </button>
        </form>
      )}
    </main>
  );
}

function HallSummary({ hall, onEdit }: { hall: HallReply; onEdit: (() => void) | undefined }) {
  const { t } = useTranslation('halls');
  const { settings } = hall;
  const weekend = settings.hours.weekend ? `${settings.hours.weekend.opens}–${settings.hours.weekend.closes}` : t('closed');
  return (
    <section className="hall" data-testid="hall">
      <h2>
        {settings.name} <small>{settings.regionCode}</small>
      </h2>
      <p>{t('hours', { workday: `${settings.hours.workday.opens}–${settings.hours.workday.closes}`, weekend, minutes: settings.slotMinutes, days: settings.bookingDays })}</p>
      <table>
        <thead>
          <tr>
            <th>{t('group')}</th>
            <th>{t('windows')}</th>
            <th>{t('capacity')}</th>
            <th>{t('items')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.groups.map((g) => (
            <tr key={g.code}>
              <td>{g.code} {g.name}</td>
              <td>{g.windows.join('、')}</td>
              <td>{g.slotCapacity}</td>
              <td>{g.items.map((i) => i.name).join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {onEdit && (
        <button type="button" className="secondary" onClick={onEdit} data-testid="hall-edit">
          {t('edit')}
        </button>
      )}
    </section>
  );
}
