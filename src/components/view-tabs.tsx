import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { DataView } from '../routing/route-params';
import { useI18n } from '../i18n/i18n-context';

const VIEWS: readonly DataView[] = ['chart', 'table'];

/**
 * Chart or table as an ARIA tab list: one tab stop, ←/→ (and Home/End) move between the tabs
 * and select them, as the tabs pattern asks. The choice lives in the address (`view=`).
 */
export function ViewTabs({ view, onChange, children }: { view: DataView; onChange: (view: DataView) => void; children: ReactNode }) {
  const { m } = useI18n();
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = VIEWS.indexOf(view);
    const target =
      event.key === 'ArrowRight' ? VIEWS[(at + 1) % VIEWS.length]
      : event.key === 'ArrowLeft' ? VIEWS[(at - 1 + VIEWS.length) % VIEWS.length]
      : event.key === 'Home' ? VIEWS[0]
      : event.key === 'End' ? VIEWS[VIEWS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onChange(target);
    refs.current[target]?.focus();
  };

  return (
    <div className="view-tabs">
      <div role="tablist" aria-label={m.explorer.viewTabs} className="tab-list">
        {VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => {
              refs.current[v] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${v}`}
            aria-selected={v === view}
            aria-controls={`${base}-panel`}
            tabIndex={v === view ? 0 : -1}
            className="tab"
            onClick={() => onChange(v)}
            onKeyDown={onKeyDown}
          >
            {m.explorer.tabs[v]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${view}`} className="tab-panel">
        {children}
      </div>
    </div>
  );
}
