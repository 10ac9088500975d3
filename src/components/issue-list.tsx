import type { ValidationIssue } from '../data/dataset/rules';
import { useI18n } from '../i18n/i18n-context';
import { issueDetail, ruleMessage } from '../describe/validation-words';

/** Validation problems, each with the JSON path and the rule it broke. */
export function IssueList({ issues, limit = 200 }: { issues: readonly ValidationIssue[]; limit?: number }) {
  const { lang, m } = useI18n();
  return (
    <>
      <ul className="issue-list">
        {issues.slice(0, limit).map((issue, i) => {
          const detail = issueDetail(issue, lang);
          return (
            <li key={i}>
              <code className="issue-path">{issue.path || '(root)'}</code> {ruleMessage(issue.rule, lang)}
              {detail && <span className="issue-detail">{m.punct.open}{detail}{m.punct.close}</span>}
            </li>
          );
        })}
      </ul>
      {issues.length > limit && <p>{m.moreIssues(issues.length - limit)}</p>}
    </>
  );
}
