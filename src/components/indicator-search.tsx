import { useId, useMemo, useRef, useState } from 'react';
import type { Indicator } from '../data/dataset/schema';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { matchIndicators } from './indicator-matches';

// A search for an indicator by name, as the WAI-ARIA combobox pattern with list autocomplete:
// typing lists the matches, the arrow keys move through them (the input keeps focus and points
// at the active option), Enter opens the active one (or the first), Escape closes the list and
// then clears the field. The matches are counted in a polite live region.

export function IndicatorSearch({ indicators, onChoose }: { indicators: readonly Indicator[]; onChoose: (id: string) => void }) {
  const { lang, m } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => matchIndicators(indicators, query), [indicators, query]);
  const expanded = open && query.trim() !== '' && matches.shown.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (indicator: Indicator | undefined) => {
    if (!indicator) return;
    setOpen(false);
    setQuery('');
    setActive(-1);
    onChoose(indicator.id);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const n = matches.shown.length;
    switch (event.key) {
      case 'ArrowDown':
        setOpen(true);
        if (n > 0) setActive((a) => (a + 1) % n);
        break;
      case 'ArrowUp':
        setOpen(true);
        if (n > 0) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        break;
      case 'Enter':
        if (!expanded) return;
        choose(matches.shown[active >= 0 ? active : 0]);
        break;
      case 'Escape':
        if (expanded) setOpen(false);
        else if (query !== '') setQuery('');
        else return;
        setActive(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="control indicator-search">
      <label className="control-label" htmlFor={`${id}-input`}>
        {m.indicatorSearch.label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-count`}
        placeholder={m.indicatorSearch.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={m.indicatorSearch.label} className="indicator-search-list" hidden={!expanded}>
        {matches.shown.map((indicator, i) => (
          <li
            key={indicator.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="indicator-search-option"
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(indicator);
            }}
          >
            {localText(indicator.name, lang)}
          </li>
        ))}
        {matches.more > 0 && (
          <li role="presentation" className="indicator-search-more">
            {m.indicatorSearch.more(matches.more)}
          </li>
        )}
      </ul>
      {/* A polite live region, not a status role: the page's own states are its statuses. */}
      <span id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {query.trim() === '' ? '' : m.indicatorSearch.count(matches.shown.length + matches.more)}
      </span>
    </div>
  );
}
