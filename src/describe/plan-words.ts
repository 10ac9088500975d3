import type { Dataset } from '../data/dataset/schema';
import type { PlanMeasure, PlanPoint } from '../data/figure/plan-facts';
import { localText, type Lang } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';
import { changeSentence, formatValue } from '../i18n/format-number';
import { MESSAGES } from '../i18n/messages';
import { regionName } from './summary';
import { targetSentence } from './target-words';

// A priority's measure in words, for the plan view and its slides: 四川省 · 2024年：6.6% ·
// 最新（2025年）：6.5%，比2024年回落0.1个百分点 · and the target's judgement.

export interface PlanMeasureWords {
  name: string;
  region: string;
  planLine: string;
  latestLine: string;
  targetLine: string | null;
}

function valueText(measure: PlanMeasure, p: PlanPoint, lang: Lang): string {
  const m = MESSAGES[lang];
  const { indicator } = measure;
  const status = p.status ? `${m.punct.open}${m.statusNames[p.status]}${m.punct.close}` : '';
  return `${formatValue(p.value, indicator.unit, lang, indicator.decimals)}${status}`;
}

export function planMeasureWords(dataset: Dataset, measure: PlanMeasure, planYear: string, lang: Lang): PlanMeasureWords {
  const m = MESSAGES[lang];
  const { indicator, planPoint, latest, change } = measure;
  const period = (p: string) => formatPeriod(p, lang, { cumulative: indicator.cumulative });
  const planLabel = planPoint ? period(planPoint.period) : formatPeriod(planYear, lang);
  const planLine = `${planLabel}${m.punct.colon}${planPoint ? valueText(measure, planPoint, lang) : m.plan.noValue}`;
  let latestLine: string = m.plan.noLater;
  if (latest) {
    const since = planPoint && change !== null ? changeSentence(change, indicator.kind === 'rate' ? 'rate' : 'other', indicator.unit, lang, period(planPoint.period), indicator.decimals) : '';
    const head = lang === 'zh' ? `${m.plan.latest}（${period(latest.period)}）：` : `Latest (${period(latest.period)}): `;
    latestLine = `${head}${valueText(measure, latest, lang)}${since ? `${lang === 'zh' ? '，' : ', '}${since}` : ''}`;
  }
  return {
    name: localText(indicator.shortName ?? indicator.name, lang),
    region: regionName(dataset, measure.region, lang),
    planLine,
    latestLine,
    targetLine: measure.target ? targetSentence(measure.target, indicator, lang) : null,
  };
}
