import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enrollmentTokenListReplySchema, enrollmentTokenReplySchema, type EnrollmentTokenReply } from '../../platform/protocol/enroll.js';
import { QrCode } from '../../ui-shared/QrCode.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { useAction } from '../shell/use-action.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { TokenList } from './TokenList.js';

/** Choices of how long a token may wait: that day, three days, a week. */
const validities = [24, 72, 168] as const;

/** The one-time token, shown once: the platform keeps only its hash. */
function MadeToken({ made, onAnother }: { made: EnrollmentTokenReply; onAnother(): void }) {
  const { t } = useTranslation('tokens');
  return (
    <section className="panel made-token" aria-labelledby="made-title" data-testid="made-token">
      <h2 id="made-title">{t('madeTitle')}</h2>
      <p>{t('madeLead')}</p>
      {/* The platform's address and the token in one code: the terminal's scanner reads both, nothing typed. */}
      <QrCode value={made.enrollCode} label={t('qr')} className="token-qr" testId="token-qr" size={220} />
      <p data-testid="token-platform">{t('platformAt', { url: made.platformUrl })}</p>
      <p className="mono token" data-testid="token">
        {made.token}
      </p>
      <p>{t('expires', { time: formatTime(made.expiresAt) })}</p>
      <button type="button" className="secondary" onClick={onAnother}>
        {t('another')}
      </button>
    </section>
  );
}

export function EnrollmentPage() {
  const { t } = useTranslation('tokens');
  const { api, account } = useSession();
  const [hallName, setHall] = useState('');
  const [terminalName, setTerminal] = useState('');
  const [regionCode, setRegion] = useState(account.regionCode);
  const [validHours, setValidHours] = useState<number>(validities[0]);
  const [made, setMade] = useState<EnrollmentTokenReply | null>(null);
  const { busy, error, run } = useAction();
  const loadList = useCallback(() => api.get('/v1/admin/enrollment-tokens', enrollmentTokenListReplySchema), [api]);
  const list = useLoad(loadList);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = { hallName: hallName.trim(), terminalName: terminalName.trim(), regionCode: regionCode.trim(), validHours };
    void run(async () => {
      setMade(await api.post('/v1/admin/enrollment-tokens', request, enrollmentTokenReplySchema));
      list.reload();
    });
  };

  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {made ? (
        <MadeToken made={made} onAnother={() => setMade(null)} />
      ) : (
        <form className="panel stacked-form" onSubmit={submit}>
          <label>
            {t('hall')}
            <input required maxLength={100} value={hallName} onChange={(e) => setHall(e.target.value)} data-testid="token-hall" />
          </label>
          <label>
            {t('terminal')}
            <input required maxLength={100} value={terminalName} onChange={(e) => setTerminal(e.target.value)} data-testid="token-terminal" />
          </label>
          <label>
            {t('region')}
            <input required inputMode="numeric" pattern="\d{6}(\d{6})?" value={regionCode} onChange={(e) => setRegion(e.target.value)} data-testid="token-region" />
          </label>
          <label>
            {t('validity')}
            <select value={validHours} onChange={(e) => setValidHours(Number(e.target.value))} data-testid="token-validity">
              {validities.map((hours) => (
                <option key={hours} value={hours}>
                  {t(`valid_${hours}`)}
                </option>
              ))}
            </select>
          </label>
          <Refusal error={error} />
          <button type="submit" className="primary" disabled={busy} data-testid="token-make">
            {busy ? t('making') : t('make')}
          </button>
        </form>
      )}
      <Refusal error={list.error} />
      {list.data && <TokenList list={list.data} onChanged={list.reload} />}
    </main>
  );
}
