import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { alertRulesReplySchema, type AlertRules, type AlertRulesReply } from '../../platform/protocol/alerts.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';

type Switch = 'paper' | 'deviceFault' | 'catalogRefused';
type Threshold = { rule: 'offline'; unit: 'minutes' } | { rule: 'outboxStuck'; unit: 'minutes' } | { rule: 'clockSkew'; unit: 'seconds' };
const thresholds: Threshold[] = [
  { rule: 'offline', unit: 'minutes' },
  { rule: 'outboxStuck', unit: 'minutes' },
  { rule: 'clockSkew', unit: 'seconds' },
];
const switches: Switch[] = ['paper', 'deviceFault', 'catalogRefused'];

function withThreshold(rules: AlertRules, { rule, unit }: Threshold, value: number): AlertRules {
  return { ...rules, [rule]: { ...rules[rule], [unit]: value } };
}

/** The rules in force in a region (the admin's own by default), and saving them as that region's own. */
export function RulesForm() {
  const { t } = useTranslation('alerts');
  const { api, account } = useSession();
  const [region, setRegion] = useState(account.regionCode);
  const [shown, setShown] = useState<AlertRulesReply | null>(null);
  const [rules, setRules] = useState<AlertRules | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const show = useCallback(
    (code: string) =>
      run(async () => {
        const reply = await api.get(`/v1/admin/alert-rules?region=${encodeURIComponent(code)}`, alertRulesReplySchema);
        setShown(reply);
        setRules(reply.rules);
      }),
    [api, run],
  );
  useEffect(() => void show(account.regionCode), [show, account.regionCode]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!rules || !shown) return;
    void run(async () => {
      const reply = await api.put('/v1/admin/alert-rules', { regionCode: shown.regionCode, rules }, alertRulesReplySchema);
      setShown(reply);
      setNotice(t('saved', { region: reply.regionCode }));
    });
  };

  return (
    <section className="panel rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p className="lead">{t('rulesLead')}</p>
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void show(region.trim()))}>
        <label>
          {t('rulesRegion')}
          <input required inputMode="numeric" pattern="\d{6}(\d{6})?" value={region} onChange={(e) => setRegion(e.target.value)} data-testid="rules-region" />
        </label>
        <button type="submit" className="secondary">
          {t('rulesLoad')}
        </button>
      </form>
      {shown && <p data-testid="rules-from">{t('rulesFrom', { from: shown.from ?? t('rulesDefault') })}</p>}
      {rules && (
        <form className="rules-form" onSubmit={save}>
          {thresholds.map((threshold) => (
            <fieldset key={threshold.rule}>
              <legend>{t(`rule_${threshold.rule}`)}</legend>
              <label className="check">
                <input type="checkbox" checked={rules[threshold.rule].on} onChange={(e) => setRules({ ...rules, [threshold.rule]: { ...rules[threshold.rule], on: e.target.checked } })} />
                {t('on')}
              </label>
              <input
                type="number"
                aria-label={t(`rule_${threshold.rule}`)}
                data-testid={`rule-${threshold.rule}`}
                value={threshold.rule === 'clockSkew' ? rules.clockSkew.seconds : rules[threshold.rule].minutes}
                onChange={(e) => setRules(withThreshold(rules, threshold, Number(e.target.value)))}
              />
            </fieldset>
          ))}
          {switches.map((rule) => (
            <label key={rule} className="check">
              <input type="checkbox" checked={rules[rule].on} onChange={(e) => setRules({ ...rules, [rule]: { on: e.target.checked } })} />
              {t(`rule_${rule}`)}
            </label>
          ))}
          <button type="submit" className="primary" disabled={busy} data-testid="rules-save">
            {t('save')}
          </button>
        </form>
      )}
      <Refusal error={error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
