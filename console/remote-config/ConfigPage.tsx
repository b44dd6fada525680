import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { remoteConfigScopeReplySchema, type RemoteConfigScopeReply } from '../../platform/protocol/remote-config.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { formOf, settingsOf, type Choice, type ConfigForm } from './config-form.js';

type Scope = 'region' | 'terminal';

const savedSchema = z.object({ version: z.number().int() });
const choices: Choice[] = ['inherit', 'on', 'off'];

/** Settings for a region or one terminal: read what is set, change it, see what the terminal runs. */
export function ConfigPage() {
  const { t } = useTranslation('config');
  const { api, account } = useSession();
  const [scope, setScope] = useState<Scope>('region');
  const [key, setKey] = useState(account.regionCode);
  const [loaded, setLoaded] = useState<{ path: string; reply: RemoteConfigScopeReply } | null>(null);
  const [form, setForm] = useState<ConfigForm>(formOf({}));
  const [saved, setSaved] = useState<number | null>(null);
  const { busy, error, run } = useAction();
  const path = `/v1/admin/config/${scope === 'region' ? 'regions' : 'terminals'}/${encodeURIComponent(key.trim())}`;

  const load = () =>
    run(async () => {
      const reply = await api.get(path, remoteConfigScopeReplySchema);
      setLoaded({ path, reply });
      setForm(formOf(reply.settings));
      setSaved(null);
    });
  const save = () =>
    run(async () => {
      if (!loaded) return;
      const { version } = await api.put(loaded.path, { settings: settingsOf(form) }, savedSchema);
      setSaved(version);
      setLoaded({ path: loaded.path, reply: await api.get(loaded.path, remoteConfigScopeReplySchema) });
    });
  const field = (name: keyof ConfigForm) => ({ value: form[name], onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })), 'data-testid': `config-${name}` });

  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <div className="filters">
        <label>
          {t('scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as Scope)} data-testid="config-scope">
            <option value="region">{t('scope_region')}</option>
            <option value="terminal">{t('scope_terminal')}</option>
          </select>
        </label>
        <label>
          {t(`key_${scope}`)}
          <input value={key} onChange={(e) => setKey(e.target.value)} data-testid="config-key" />
        </label>
        <button type="button" className="secondary" disabled={busy} onClick={() => void load()} data-testid="config-load">
          {t('load')}
        </button>
      </div>
      <Refusal error={error} />
      {saved !== null && (
        <p className="notice" role="status" data-testid="config-saved">
          {t('saved', { version: saved })}
        </p>
      )}
      {loaded && (
        <form
          className="config-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p data-testid="config-version">{loaded.reply.updatedBy ? t('version', { version: loaded.reply.version, by: loaded.reply.updatedBy, at: formatTime(loaded.reply.updatedAt) }) : t('neverSet')}</p>
          {loaded.reply.effective && <p data-testid="config-effective">{t('effective', { version: loaded.reply.effective.version, reported: loaded.reply.reportedVersion ?? '—' })}</p>}
          <label>
            {t('idleSeconds')}
            <input type="number" {...field('idleSeconds')} />
          </label>
          <label>
            {t('hours')}
            <select {...field('hours')}>
              {(['inherit', 'hours', 'always'] as const).map((h) => (
                <option key={h} value={h}>
                  {t(`hours_${h}`)}
                </option>
              ))}
            </select>
          </label>
          {form.hours === 'hours' && (
            <div className="filters">
              <label>
                {t('opens')}
                <input type="time" {...field('opens')} />
              </label>
              <label>
                {t('closes')}
                <input type="time" {...field('closes')} />
              </label>
            </div>
          )}
          <label>
            {t('announcements')}
            <textarea rows={3} {...field('announcements')} />
          </label>
          <label>
            {t('volume')}
            <input type="number" {...field('volume')} />
          </label>
          {(['speech', 'elderModeByDefault'] as const).map((name) => (
            <label key={name}>
              {t(name)}
              <select {...field(name)}>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {t(`choice_${c}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            {t('heartbeatIntervalSeconds')}
            <input type="number" {...field('heartbeatIntervalSeconds')} />
          </label>
          {account.role !== 'auditor' && (
            <button type="submit" className="primary" disabled={busy} data-testid="config-save">
              {t('save')}
            </button>
          )}
        </form>
      )}
    </main>
  );
}
