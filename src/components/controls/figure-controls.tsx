import { useId, useMemo } from 'react';
import type { Transform } from '../../data/series/transforms';
import { CHART_KINDS, VALUE_SCALES, type ChartKind, type FigureSettings } from '../../data/figure/figure-settings';
import type { ValueScale } from '../../data/figure/value-axis';
import { timeOf } from '../../lib/periods';
import { useI18n } from '../../i18n/i18n-context';
import { formatPeriod } from '../../i18n/format-period';
import { PeriodInput, periodSpan, SELECT_LIMIT } from './period-input';
import { RegionPicker } from './region-picker';

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
  const { m } = useI18n();
  const id = useId();
  const logRefused = drawing?.logRefused ?? false;
  const effectiveScale: ValueScale = logRefused ? 'linear' : settings.scale;

  return (
    <section className="explorer-controls" aria-label={m.explorer.controls}>
      {regions.length > 1 && <RegionPicker regions={regions} selected={settings.regions} onChange={(next) => onChange({ regions: next })} />}
      <PeriodRange periods={periods} from={settings.from} to={settings.to} cumulative={cumulative} onChange={onChange} />
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
        {settings.transform === 'index' && base && <BasePeriod base={base} cumulative={cumulative} onChange={(value) => onChange({ base: value })} />}
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

/** From and To: selects over a short span, a year and a month or quarter each over a long one. */
function PeriodRange({ periods, from, to, cumulative, onChange }: { periods: readonly string[]; from: string | undefined; to: string | undefined; cumulative: boolean; onChange: (changes: Partial<FigureSettings>) => void }) {
  const { lang, m } = useI18n();
  const { count, span } = useMemo(() => periodSpan(periods), [periods]);
  if (span && count > SELECT_LIMIT) {
    return (
      <fieldset className="control-group">
        <legend>{m.explorer.range}</legend>
        <PeriodInput label={m.explorer.from} value={from} span={span} max={to} edge="start" emptyText={m.explorer.earliest} onChange={(value) => onChange({ from: value })} />
        <PeriodInput label={m.explorer.to} value={to} span={span} min={from} edge="end" emptyText={m.explorer.latest} onChange={(value) => onChange({ to: value })} />
      </fieldset>
    );
  }
  const withCumulative = { cumulative };
  const all = [...new Set(periods)].map((p) => ({ p, t: timeOf(p) })).sort((a, b) => a.t - b.t);
  const withCurrent = (value: string | undefined) => (value && !all.some((x) => x.p === value) ? [...all, { p: value, t: timeOf(value) }].sort((a, b) => a.t - b.t) : all);
  const fromChoices = withCurrent(from).filter((x) => !to || x.t <= timeOf(to));
  const toChoices = withCurrent(to).filter((x) => !from || x.t >= timeOf(from));
  return (
    <fieldset className="control-group">
      <legend>{m.explorer.range}</legend>
      <label className="control">
        <span>{m.explorer.from}</span>
        <select value={from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })}>
          <option value="">{m.explorer.earliest}</option>
          {fromChoices.map(({ p }) => (
            <option key={p} value={p}>
              {formatPeriod(p, lang, withCumulative)}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span>{m.explorer.to}</span>
        <select value={to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })}>
          <option value="">{m.explorer.latest}</option>
          {toChoices.map(({ p }) => (
            <option key={p} value={p}>
              {formatPeriod(p, lang, withCumulative)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** The index's base period: a select over a short span, a year and a sub-period over a long one. */
function BasePeriod({ base, cumulative, onChange }: { base: { value: string | undefined; periods: readonly string[] }; cumulative: boolean; onChange: (value: string | undefined) => void }) {
  const { lang, m } = useI18n();
  const { count, span } = useMemo(() => periodSpan(base.periods), [base.periods]);
  if (span && count > SELECT_LIMIT) {
    const allowed = new Set(base.periods);
    return <PeriodInput label={m.explorer.base} value={base.value} span={span} edge="start" onChange={(value) => onChange(value && allowed.has(value) ? value : undefined)} />;
  }
  return (
    <label className="control">
      <span>{m.explorer.base}</span>
      <select value={base.value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        {base.periods.map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p, lang, { cumulative })}
          </option>
        ))}
      </select>
    </label>
  );
}
