import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { servedParties, type ReplyOf, type ServedParty } from '../../api.js';
import type { Action, ListKind } from '../../flow/flow.js';
import { useRequest } from '../../transport/context.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { browseList, departmentsOf, stagesOf, type Facet } from './browse-filter.js';
import { ItemButtons } from './ItemButtons.js';
import './browse.css';

type View = Facet['view'];

const partyWords = { 自然人: 'partyPerson', 法人: 'partyBusiness' } as const;

/**
 * Finding an item without typing, as a lobby terminal's citizens look for one: 个人 or 法人, then
 * everything, 热门事项 (what this terminal is asked for most), a 人生事件 or a department.
 */
export function Browse({ list, dispatch }: { list: ListKind; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('items');
  const [attempt, setAttempt] = useState(0);
  const catalog = useRequest('catalog.browse', {}, attempt);
  if (catalog.state === 'loading') return <p className="waiting">{t('loading')}</p>;
  if (catalog.state === 'failed') return <ErrorPanel error={catalog.error} onRetry={() => setAttempt((n) => n + 1)} />;
  return <Browsing catalog={catalog.value} list={list} dispatch={dispatch} />;
}

function Browsing({ catalog, list, dispatch }: { catalog: ReplyOf<'catalog.browse'>; list: ListKind; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('items');
  const [party, setParty] = useState<ServedParty>('自然人');
  const [facet, setFacet] = useState<Facet>({ view: 'all' });
  const stages = stagesOf(catalog.entries, party);
  const departments = departmentsOf(catalog.entries, party);
  const popular = browseList(catalog.entries, catalog.popular, list, party, { view: 'popular' });
  const open = (view: View): Facet => {
    if (view === 'stage') return { view, stage: stages[0] ?? '出生' };
    if (view === 'department') return { view, department: departments[0] ?? '' };
    return { view };
  };
  const views: View[] = popular.length > 0 ? ['all', 'popular', 'stage', 'department'] : ['all', 'stage', 'department'];
  const choseParty = (p: ServedParty) => {
    setParty(p);
    setFacet({ view: 'all' });
  };
  const shown = browseList(catalog.entries, catalog.popular, list, party, facet);
  return (
    <div className="browse">
      <Choices label={t('party')} testId="browse-party" values={servedParties} chosen={party} word={(p) => t(partyWords[p])} onChoose={choseParty} />
      <Choices label={t('browseBy')} testId="browse-view" values={views} chosen={facet.view} word={(v) => t(`view_${v}`)} onChoose={(v) => setFacet(open(v))} />
      {facet.view === 'stage' && <Choices label={t('view_stage')} testId="browse-stage" values={stages} chosen={facet.stage} word={(s) => t(`stage_${s}`)} onChoose={(stage) => setFacet({ view: 'stage', stage })} chips />}
      {facet.view === 'department' && (
        <Choices label={t('view_department')} testId="browse-department" values={departments} chosen={facet.department} word={(d) => d} onChoose={(department) => setFacet({ view: 'department', department })} chips byIndex />
      )}
      {facet.view === 'popular' && <p className="browse-note">{t(catalog.popularFrom === 'region' ? 'popularNoteRegion' : 'popularNote')}</p>}
      {shown.length === 0 ? <p className="lead">{t('noneHere')}</p> : <ItemButtons items={shown} dispatch={dispatch} />}
    </div>
  );
}

interface ChoicesProps<T extends string> {
  label: string;
  testId: string;
  values: readonly T[];
  chosen: T;
  word: (value: T) => string;
  onChoose: (value: T) => void;
  /** Many short choices that wrap (stages, departments), rather than one row of equal buttons. */
  chips?: boolean;
  /** Test ids by position, for values too long to name one (departments). */
  byIndex?: boolean;
}

/** One choice among several, as a row of buttons each saying whether it is the one chosen. */
function Choices<T extends string>({ label, testId, values, chosen, word, onChoose, chips, byIndex }: ChoicesProps<T>) {
  return (
    <div role="group" aria-label={label} className={chips ? 'browse-choices chips' : 'browse-choices'} data-testid={testId}>
      {values.map((value, i) => (
        <button key={value} type="button" aria-pressed={value === chosen} data-testid={`${testId}-${byIndex === true ? i : value}`} onClick={() => onChoose(value)}>
          {word(value)}
        </button>
      ))}
    </div>
  );
}
