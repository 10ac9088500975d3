import type { ValidationIssue } from '../data/dataset/rules';
import { useI18n } from '../i18n/i18n-context';
import { ruleMessage } from '../describe/validation-words';

/** Validation problems, each with the JSON path and the rule it broke. */
export function IssueList({ issues, limit = 200 }: { issues: readonly ValidationIssue[]; limit?: number }) {
  const { lang, m } = useI18n();
  return (
    <>
      <ul className="issue-list">
        {issues.slice(0, limit).map((issue, i) => (
          <li key={i}>
            <code className="issue-path">{issue.path || '(root)'}</code> {ruleMessage(issue.rule, lang)}
            {issue.detail && <span className="issue-detail">{m.punct.open}{issue.detail}{m.punct.close}</span>}
          </li>
        ))}
      </ul>
      {issues.length > limit && <p>{m.moreIssues(issues.length - limit)}</p>}
    </>
  );
}
