import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

// The regions of a figure as checkboxes. A few are listed whole; beyond that (a dataset may hold
// a thousand, which once froze the page for half a minute, issue 14) a search box finds them
// and the list holds only what is useful: the chosen regions, then those the search matches, at
// most MATCH_LIMIT, with how many more there are. Before a search it holds the chosen alone, so
// the chart stays in sight. A region the reader has ticked or unticked stays where it is, so
// unticking one by mistake is undone by ticking it again, not by searching for it.

/** Up to this many regions every one is listed, as a row of checkboxes. */
export const LIST_ALL_LIMIT = 12;
/** The most regions listed beside the chosen ones. */
export const MATCH_LIMIT = 50;

export interface RegionChoice {
  id: string;
  name: string;
}

interface Props {
  /** Regions that can be chosen, in dataset order. */
  regions: readonly RegionChoice[];
  selected: readonly string[];
  /** The chosen regions, in dataset order; never empty. */
  onChange: (regions: string[]) => void;
}

/**
 * What the list holds for a search: the chosen regions and those the reader has just toggled
 * (`kept`), in dataset order, then matches not chosen, up to the limit.
 */
export function pickerRows(regions: readonly RegionChoice[], selected: ReadonlySet<string>, query: string, kept: ReadonlySet<string> = new Set()): { rows: RegionChoice[]; more: number } {
  const chosen = regions.filter((r) => selected.has(r.id) || kept.has(r.id));
  const needle = query.trim().toLocaleLowerCase();
  const rows = [...chosen];
  let more = 0;
  for (const r of regions) {
    if (selected.has(r.id) || kept.has(r.id)) continue;
    if (!needle) {
      more++;
      continue;
    }
    if (!r.name.toLocaleLowerCase().includes(needle) && !r.id.toLocaleLowerCase().includes(needle)) continue;
    if (rows.length - chosen.length < MATCH_LIMIT) rows.push(r);
    else more++;
  }
  return { rows, more };
}

export function RegionPicker({ regions, selected, onChange }: Props) {
  const { m } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const chosen = useMemo(() => new Set(selected), [selected]);
  const searchable = regions.length > LIST_ALL_LIMIT;
  const { rows, more } = useMemo(() => (searchable ? pickerRows(regions, chosen, query, kept) : { rows: [...regions], more: 0 }), [searchable, regions, chosen, query, kept]);
  const shownCount = regions.reduce((n, r) => (chosen.has(r.id) ? n + 1 : n), 0);

  const toggle = (region: string, on: boolean) => {
    const next = regions.map((r) => r.id).filter((r) => (r === region ? on : chosen.has(r)));
    if (next.length === 0) return;
    if (!kept.has(region)) setKept(new Set([...kept, region]));
    onChange(next);
  };
  const matched = rows.filter((r) => !chosen.has(r.id) && !kept.has(r.id)).length;

  return (
    <fieldset className="control-group region-picker">
      <legend>{m.explorer.regions}</legend>
      {searchable && (
        <>
          <p id={`${id}-count`} className="region-count">
            {m.explorer.picker.shown(shownCount, regions.length)}
          </p>
          <label className="control region-search">
            <span>{m.explorer.picker.search}</span>
            <input type="search" value={query} aria-describedby={`${id}-count ${id}-found`} onChange={(e) => setQuery(e.target.value)} />
          </label>
        </>
      )}
      <div className="region-choices">
        {rows.map((r) => {
          const checked = chosen.has(r.id);
          const last = checked && shownCount === 1;
          return (
            <label key={r.id} className="check" title={last ? m.explorer.keepOneRegion : r.name}>
              <input type="checkbox" checked={checked} disabled={last} onChange={(e) => toggle(r.id, e.target.checked)} />
              <span className="long-name">{r.name}</span>
            </label>
          );
        })}
      </div>
      {searchable && (
        <p id={`${id}-found`} className="control-hint" role="status">
          {!query.trim() ? m.explorer.picker.others(more) : matched === 0 ? m.explorer.picker.noMatch : more > 0 ? m.explorer.picker.more(more) : ''}
        </p>
      )}
    </fieldset>
  );
}
