import { useId } from 'react';
import type { Transform } from '../../data/series/transforms';
import { CHART_KINDS, VALUE_SCALES, type ChartKind, type FigureSettings } from '../../data/figure/figure-settings';
import type { ValueScale } from '../../data/figure/value-axis';
import { timeOf } from '../../lib/periods';
import { useI18n } from '../../i18n/i18n-context';
import { formatPeriod } from '../../i18n/format-period';

// The settings of a figure a reader changes beside it — regions, range, transform with its base
// or subtracted region, chart type and scale — shared by the indicator and compare views. Each
// change is handed to the view at once, which writes it to the address.

export interface FigureControlsProps {
  /** Regions that can be chosen, in dataset order, with the chosen ones. */
  regions: readonly { id: string; name: string }[];
  settings: Pick<FigureSettings, 'regions' | 'from' | 'to' | 'transform' | 'type' | 'scale'>;
  /** Every period of the figure's span, in any order: the range can start and end at each. */
  periods: readonly string[];
  cumulative: boolean;
  transforms: readonly Transform[];
  /** Transforms listed but not offered, each with the reason shown beside the control (a rank with too few regions). */
  unavailable?: readonly { transform: Transform; reason: string }[] | undefined;
  /** The index's base period as applied, and the periods it can take (transform=index). */
  base?: { value: string | undefined; periods: readonly string[] } | undefined;
  /** The subtracted region as applied (transform=gap). */
  vs?: string | undefined;
  /** Type and scale; absent where the view decides them (compare keeps its own). */
  drawing?: { logRefused: boolean } | undefined;
  onChange: (changes: Partial<FigureSettings>) => void;
}

export function FigureControls({ regions, settings, periods, cumulative, transforms, unavailable = [], base, vs, drawing, onChange }: FigureControlsProps) {
  const { lang, m } = useI18n();
  const id = useId();
  const withCumulative = { cumulative };
  const all = [...new Set(periods)].sort((a, b) => timeOf(a) - timeOf(b));
  const withCurrent = (value: string | undefined) => (value && !all.includes(value) ? [...all, value].sort((a, b) => timeOf(a) - timeOf(b)) : all);
  const fromChoices = withCurrent(settings.from).filter((p) => !settings.to || timeOf(p) <= timeOf(settings.to));
  const toChoices = withCurrent(settings.to).filter((p) => !settings.from || timeOf(p) >= timeOf(settings.from));
  const logRefused = drawing?.logRefused ?? false;
  const effectiveScale: ValueScale = logRefused ? 'linear' : settings.scale;

  const toggleRegion = (region: string, on: boolean) => {
    const next = regions.map((r) => r.id).filter((r) => (r === region ? on : settings.regions.includes(r)));
    if (next.length > 0) onChange({ regions: next });
  };

  return (
    <section className="explorer-controls" aria-label={m.explorer.controls}>
      {regions.length > 1 && (
        <fieldset className="control-group">
          <legend>{m.explorer.regions}</legend>
          {regions.map((r) => {
            const checked = settings.regions.includes(r.id);
            const last = checked && settings.regions.length === 1;
            return (
              <label key={r.id} className="check" title={last ? m.explorer.keepOneRegion : undefined}>
                <input type="checkbox" checked={checked} disabled={last} onChange={(e) => toggleRegion(r.id, e.target.checked)} />
                {r.name}
              </label>
            );
          })}
        </fieldset>
      )}
      <fieldset className="control-group">
        <legend>{m.explorer.range}</legend>
        <label className="control">
          <span>{m.explorer.from}</span>
          <select value={settings.from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })}>
            <option value="">{m.explorer.earliest}</option>
            {fromChoices.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang, withCumulative)}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <span>{m.explorer.to}</span>
          <select value={settings.to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })}>
            <option value="">{m.explorer.latest}</option>
            {toChoices.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang, withCumulative)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="control-group">
        <legend>{m.explorer.transform}</legend>
        <label className="control">
          <span className="visually-hidden">{m.explorer.transform}</span>
          <select
            value={settings.transform}
            disabled={transforms.length < 2}
            aria-describedby={unavailable.length > 0 ? `${id}-transform` : undefined}
            onChange={(e) => onChange({ transform: e.target.value as Transform, base: undefined, vs: undefined })}
          >
            {transforms.map((t) => (
              <option key={t} value={t}>
                {m.explorer.transformNames[t]}
              </option>
            ))}
            {unavailable.map(({ transform }) => (
              <option key={transform} value={transform} disabled>
                {m.explorer.transformNames[transform]}
              </option>
            ))}
          </select>
        </label>
        {unavailable.length > 0 && (
          <p id={`${id}-transform`} className="control-hint">
            {unavailable.map((u) => u.reason).join(' ')}
          </p>
        )}
        {settings.transform === 'index' && base && (
          <label className="control">
            <span>{m.explorer.base}</span>
            <select value={base.value ?? ''} onChange={(e) => onChange({ base: e.target.value || undefined })}>
              {base.periods.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p, lang, withCumulative)}
                </option>
              ))}
            </select>
          </label>
        )}
        {settings.transform === 'gap' && (
          <label className="control">
            <span>{m.explorer.vs}</span>
            <select value={vs ?? ''} onChange={(e) => onChange({ vs: e.target.value || undefined })}>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      {drawing && (
        <fieldset className="control-group">
          <legend>{m.explorer.type}</legend>
          <label className="control">
            <span className="visually-hidden">{m.explorer.type}</span>
            <select value={settings.type} onChange={(e) => onChange({ type: e.target.value as ChartKind })}>
              {CHART_KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.explorer.typeNames[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="control">
            <span>{m.explorer.scale}</span>
            <select value={effectiveScale} aria-describedby={logRefused ? `${id}-log` : undefined} onChange={(e) => onChange({ scale: e.target.value as ValueScale })}>
              {VALUE_SCALES.map((s) => (
                <option key={s} value={s} disabled={s === 'log' && logRefused}>
                  {m.explorer.scaleNames[s]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      {logRefused && (
        <p id={`${id}-log`} className="control-hint" role={settings.scale === 'log' ? 'status' : undefined}>
          {m.explorer.logRefused}
        </p>
      )}
    </section>
  );
}
