import type { LoadedDataset } from '../data/load/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { IssueList } from './issue-list';
import { droppedName } from '../describe/validation-words';
import { KEPT_WARNING_RULES } from '../data/dataset/rules';

/** Says which indicators were left out and why, so no data disappears silently. */
export function DroppedNotice({ loaded }: { loaded: LoadedDataset }) {
  const { lang, m } = useI18n();
  const { dropped } = loaded;
  const warnings = loaded.warnings.filter((w) => !KEPT_WARNING_RULES.includes(w.rule));
  const notes = loaded.warnings.filter((w) => KEPT_WARNING_RULES.includes(w.rule));
  if (dropped.length === 0 && loaded.warnings.length === 0) return null;
  return (
    <section className="notice notice-warning" role="status" aria-live="polite">
      {dropped.length > 0 && (
        <details open={dropped.length <= 3}>
          <summary>{m.droppedTitle(dropped.length)}</summary>
          <ul className="dropped-list">
            {dropped.map((d) => (
              <li key={d.index}>
                {d.name !== undefined && <strong className="dropped-name">{droppedName(d, lang)} </strong>}
                <code>{d.id ?? `indicators[${d.index}]`}</code>
                <IssueList issues={d.issues} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{m.warningsTitle(warnings.length)}</summary>
          <IssueList issues={warnings} />
        </details>
      )}
      {notes.length > 0 && (
        <details>
          <summary>{m.keptNotesTitle(notes.length)}</summary>
          <IssueList issues={notes} />
        </details>
      )}
    </section>
  );
}

