import { memo } from 'react';
import type { Dataset } from '../../data/dataset/schema';
import type { PlanPriority } from '../../data/figure/plan-facts';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatDate } from '../../i18n/format-period';
import type { ChartTheme } from '../../charts/palette';
import { PlanPriorityPanel } from '../../components/plan/plan-priority';

interface Props {
  dataset: Dataset;
  priority: PlanPriority;
  theme: ChartTheme;
  hash: string;
  number: number;
  total: number;
  current: boolean;
}

/** One priority of the work plan as a slide (`#/present?plan=1`): the plan view's panel, full-bleed. */
export const PlanSlide = memo(function PlanSlide({ dataset, priority, theme, hash, number, total, current }: Props) {
  const { lang, m } = useI18n();
  const title = localText(priority.plan.title, lang);
  return (
    <section
      className={`slide plan-slide${current ? ' slide-current' : ''}`}
      aria-roledescription={lang === 'zh' ? '幻灯片' : 'slide'}
      aria-label={`${m.present.slideLabel(number, total)}${m.punct.colon}${title}`}
      aria-hidden={current ? undefined : true}
    >
      <header className="slide-head">
        <p className="slide-dataset">{localText(dataset.title, lang)}</p>
      </header>
      <PlanPriorityPanel dataset={dataset} priority={priority} theme={theme} hash={hash} level={2} />
      <footer className="slide-foot">
        <p className="slide-date">{m.updated(formatDate(dataset.updated, lang))}</p>
        <p className="slide-number">{m.present.counter(number, total)}</p>
      </footer>
    </section>
  );
});
