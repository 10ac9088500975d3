import { describe, expect, it } from 'vitest';
import { hostileCases } from '../../mocks/hostile-datasets';
import { MESSAGES } from '../i18n/messages';
import { droppedName, issueDetail, ruleMessage } from './validation-words';
import { LANGS } from '../i18n/lang';
import { validateDataset, type ValidationResult } from '../data/dataset/validate';
import { KEPT_WARNING_RULES } from '../data/dataset/rules';

/** The words the page shows for a validation result (DataErrorPanel, DroppedNotice, IssueList). */
function shownWords(result: ValidationResult, lang: (typeof LANGS)[number]): string[] {
  const m = MESSAGES[lang];
  if (!result.ok) return [m.errors.invalid(result.issues.length), ...result.issues.flatMap((i) => [i.path, ruleMessage(i.rule, lang), issueDetail(i, lang)])];
  const issues = [...result.dropped.flatMap((d) => d.issues), ...result.warnings];
  const kept = result.warnings.filter((w) => KEPT_WARNING_RULES.includes(w.rule));
  const leftOut = result.warnings.filter((w) => !KEPT_WARNING_RULES.includes(w.rule));
  return [
    ...(result.dropped.length ? [m.droppedTitle(result.dropped.length)] : []),
    ...(leftOut.length ? [m.warningsTitle(leftOut.length)] : []),
    ...(kept.length ? [m.keptNotesTitle(kept.length)] : []),
    ...result.dropped.map((d) => droppedName(d, lang)),
    ...issues.flatMap((i) => [i.path, ruleMessage(i.rule, lang), issueDetail(i, lang)]),
  ];
}

describe.each(hostileCases)('hostile input: $name', (c) => {
  const result = validateDataset(c.dataset());

  it(c.loads ? 'loads, as data' : 'is refused', () => {
    expect(result.ok).toBe(c.loads);
  });

  it.each(LANGS)('tells the reader (%s) what the table says, and nothing when it says nothing', (lang) => {
    const words = shownWords(result, lang);
    for (const expected of c.messages[lang]) expect(words.some((w) => w.includes(expected)), expected).toBe(true);
    if (c.messages[lang].length === 0) expect(words).toEqual([]);
  });

  if (c.expectIssue) {
    it(`reports ${c.expectIssue.rule} at ${c.expectIssue.path}`, () => {
      const issues = result.ok ? [...result.dropped.flatMap((d) => d.issues), ...result.warnings] : result.issues;
      expect(issues).toContainEqual(expect.objectContaining(c.expectIssue));
    });
  }
});

describe('numbers at the edges', () => {
  it('keeps 1e308 and turns −0 into 0', () => {
    const result = validateDataset(hostileCases.find((c) => c.name === '1e308 and negative zero')!.dataset());
    if (!result.ok) throw new Error('refused');
    const points = result.dataset.indicators[0]!.series[0]!.points;
    expect(points[0]!.value).toBe(1e308);
    expect(Object.is(points[1]!.value, 0)).toBe(true);
  });
});
