import type { Milestone } from '../data/dataset/schema';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';

/** A theme's qualitative achievements; the heading level follows where the list sits. */
export function MilestoneList({ milestones, level }: { milestones: readonly Milestone[]; level: 3 | 4 }) {
  const { lang, m } = useI18n();
  if (milestones.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="milestones">
      <Heading>{m.milestones}</Heading>
      <ul>
        {milestones.map((ms, i) => (
          <li key={i}>
            <span className="milestone-period">{formatPeriod(ms.period, lang)}</span>
            <span>{localText(ms.text, lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
