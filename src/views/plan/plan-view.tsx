import { useMemo } from 'react';
import type { LoadedDataset } from '../../data/load/dataset-query';
import { planPriorities } from '../../data/figure/plan-facts';
import { useI18n } from '../../i18n/i18n-context';
import { formatPeriod } from '../../i18n/format-period';
import type { ChartTheme } from '../../charts/palette';
import { DroppedNotice } from '../../components/dropped-notice';
import { PlanPriorityPanel } from '../../components/plan/plan-priority';
import { linkTo } from '../../routing/links';
import { useRouteParams } from '../../routing/use-route';

/** `#/plan`: each priority of the dataset's work plan, in order, with what its indicators show since. */
export function PlanView({ loaded, theme }: { loaded: LoadedDataset; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const { hash } = useRouteParams('plan');
  const { dataset } = loaded;
  const priorities = useMemo(() => planPriorities(dataset), [dataset]);
  const years = [...new Set(priorities.map((p) => p.plan.period))];
  return (
    <article className="plan" aria-labelledby="plan-title">
      <DroppedNotice loaded={loaded} />
      <nav className="explorer-nav plan-nav" aria-label={m.overview}>
        <a href={linkTo(hash, '/')}>← {m.backToOverview}</a>
        {priorities.length > 0 && <a href={linkTo(hash, '/present', { plan: '1' })}>{m.plan.present}</a>}
      </nav>
      <header className="explorer-head">
        <h2 id="plan-title">{years.length === 1 ? m.plan.heading(formatPeriod(years[0]!, lang)) : m.plan.link}</h2>
        {priorities.length > 0 && <p className="plan-intro">{m.plan.intro}</p>}
      </header>
      {priorities.length === 0 ? (
        <p className="state-panel" role="status">
          {m.plan.none}
        </p>
      ) : (
        <ol className="plan-list">
          {priorities.map((priority) => (
            <li key={priority.plan.id}>
              <PlanPriorityPanel dataset={dataset} priority={priority} theme={theme} hash={hash} level={3} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
