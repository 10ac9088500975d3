import type { ParseOutcome } from '../../data/load/parse-dataset';
import { reportText } from '../../data/load/parse-dataset';
import type { ValidationIssue } from '../../data/dataset/rules';
import { useI18n } from '../../i18n/i18n-context';
import { droppedName, issueDetail, ruleMessage } from '../../describe/validation-words';

/** Every problem of an opened file, with its place, rule and value; what was kept and dropped. */
export function ValidationReport({ outcome, onShow, onAgain }: { outcome: ParseOutcome; onShow: (o: ParseOutcome) => void; onAgain: () => void }) {
  const { lang, m } = useI18n();
  const { report } = outcome;
  const place = (i: ValidationIssue) => [i.row !== undefined ? m.openData.row(i.row) : '', i.path].filter(Boolean).join(' · ') || m.openData.wholeFile;
  const download = () => {
    const text = reportText(report, (i) => ruleMessage(i.rule, lang), (i) => issueDetail(i, lang), (d) => droppedName(d, lang), m.openData.reportWords);
    const href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = `${report.fileName.replace(/\.[^.]+$/, '')}-report.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  };
  const warningConsequence = (issue: ValidationIssue) => {
    if (issue.rule === 'csv-unknown-column') return m.openData.columnIgnored;
    if (issue.rule === 'csv-source-not-link' || issue.rule === 'url-not-link') return m.openData.keptAsText;
    if (issue.rule === 'inexact-number' || issue.rule === 'duplicate-key') return m.openData.keptWithWarning;
    return m.openData.leftOut;
  };
  const rows = [
    ...report.fatal.map((issue) => ({ issue, what: m.openData.refused })),
    ...report.dropped.flatMap((d) => d.issues.map((issue) => ({ issue, what: m.openData.droppedIndicator(d.name !== undefined && d.id ? `${droppedName(d, lang)}${m.punct.open}${d.id}${m.punct.close}` : droppedName(d, lang)) }))),
    ...report.warnings.map((issue) => ({ issue, what: warningConsequence(issue) })),
  ];
  return (
    <section className="validation-report" aria-labelledby="report-title">
      <h3 id="report-title">{outcome.ok ? m.openData.summaryOk(report.kept, report.dropped.length) : m.openData.summaryRefused(report.fatal.length)}</h3>
      <p className="muted">
        {report.fileName} · {report.format.toUpperCase()} · {m.openData.size(Math.max(1, Math.round(report.bytes / 1024)))}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="report-table">
            <caption className="visually-hidden">{m.openData.problems}</caption>
            <thead>
              <tr>
                <th scope="col">{m.path}</th>
                <th scope="col">{m.rule}</th>
                <th scope="col">{m.openData.valueSeen}</th>
                <th scope="col">{m.openData.consequence}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 500).map(({ issue, what }, i) => (
                <tr key={i}>
                  <td>
                    <code className="issue-path">{place(issue)}</code>
                  </td>
                  <td>{ruleMessage(issue.rule, lang)}</td>
                  <td className="issue-detail">{issueDetail(issue, lang)}</td>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 500 && <p>{m.moreIssues(rows.length - 500)}</p>}
      <div className="dialog-actions">
        {outcome.ok && (
          <button type="button" className="button" onClick={() => onShow(outcome)}>
            {m.openData.show}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={download}>
          {m.openData.downloadReport}
        </button>
        <button type="button" className="button button-quiet" onClick={onAgain}>
          {m.openData.another}
        </button>
      </div>
    </section>
  );
}
