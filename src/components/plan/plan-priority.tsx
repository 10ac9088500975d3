import { useId } from 'react';
import type { Dataset } from '../../data/dataset/schema';
import type { PlanPriority } from '../../data/figure/plan-facts';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { planMeasureWords } from '../../describe/plan-words';
import { Sparkline } from '../../charts/sparkline';
import { seriesColor, type ChartTheme } from '../../charts/palette';
import { indicatorPath, linkTo } from '../../routing/links';
import { SourceLine } from '../source-line';

/**
 * One priority of the work plan: its title and text, then each indicator that measures it as a
 * compact figure (the plan year's value, the latest and the change since, the target and its
 * verdict), each linking to its indicator view, and the plan's source. The plan view lists
 * them; the presentation shows one per slide.
 */
export function PlanPriorityPanel({ dataset, priority, theme, hash, level = 2 }: { dataset: Dataset; priority: PlanPriority; theme: ChartTheme; hash: string; level?: 2 | 3 }) {
  const { lang, m } = useI18n();
  const titleId = useId();
  const { plan, number, measures } = priority;
  const title = localText(plan.title, lang);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="plan-priority" aria-labelledby={titleId}>
      <Heading id={titleId} className="plan-title">
        <span className="plan-number">{m.plan.priority(number)}</span>
        {title}
      </Heading>
      {plan.text && <p className="plan-text">{localText(plan.text, lang)}</p>}
      {measures.length === 0 ? (
        <p className="plan-empty">{m.plan.noIndicators}</p>
      ) : (
        <ul className="plan-measures" aria-label={m.plan.indicatorsLabel(title)}>
          {measures.map((measure) => {
            const words = planMeasureWords(dataset, measure, plan.period, lang);
            const verdict = measure.target?.verdict;
            return (
              <li key={measure.indicator.id} className="plan-measure">
                <p className="plan-measure-name">
                  <a href={linkTo(hash, indicatorPath(measure.indicator.id))}>{words.name}</a>
                </p>
                <p className="plan-measure-line">
                  {words.region} · {words.planLine}
                </p>
                <p className="plan-measure-line">{words.latestLine}</p>
                {words.targetLine && <p className={`plan-measure-target${verdict ? ` figure-target-${verdict}` : ''}`}>{words.targetLine}</p>}
                <Sparkline points={measure.trend} color={seriesColor(theme, 0)} />
              </li>
            );
          })}
        </ul>
      )}
      <SourceLine dataset={dataset} sourceIds={[plan.source]} />
    </section>
  );
}
