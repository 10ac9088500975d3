import { useId } from 'react';
import type { Dataset, Indicator } from '../../data/schema';
import type { SeriesPoint } from '../../data/indicator-series';
import type { ChartInputSeries } from '../../data/chart-data';
import type { Transform } from '../../data/transforms';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriod } from '../../i18n/format-period';
import { timeOf } from '../../data/periods';
import type { ChartKind, Scale } from '../../routing/view-params';
import type { ViewSettings } from '../../routing/view-params';
import type { UpdateSettings } from './indicator-view';

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  settings: ViewSettings;
  transforms: readonly Transform[];
  /** The series over their whole span, whose periods the range can start and end at. */
  periods: readonly ChartInputSeries<SeriesPoint>[];
  logRefused: boolean;
  appliedBase: string | undefined;
  appliedVs: string | undefined;
  update: UpdateSettings;
}

const SCALES: readonly Scale[] = ['linear', 'log'];
const KINDS: readonly ChartKind[] = ['line', 'bar', 'area'];

/** Every setting of the view, each written to the address as soon as it changes. */
export function ExplorerControls({ dataset, indicator, settings, transforms, periods, logRefused, appliedBase, appliedVs, update }: Props) {
  const { lang, m } = useI18n();
  const id = useId();
  const cumulative = { cumulative: indicator.cumulative };
  const regions = dataset.regions.filter((r) => indicator.series.some((s) => s.region === r.id));
  const all = [...new Set(periods.flatMap((s) => s.points.map((p) => p.period)))].sort((a, b) => timeOf(a) - timeOf(b));
  const withCurrent = (value: string | undefined) => (value && !all.includes(value) ? [...all, value].sort((a, b) => timeOf(a) - timeOf(b)) : all);
  const fromChoices = withCurrent(settings.from).filter((p) => !settings.to || timeOf(p) <= timeOf(settings.to));
  const toChoices = withCurrent(settings.to).filter((p) => !settings.from || timeOf(p) >= timeOf(settings.from));
  const basePeriods = [
    ...new Set(indicator.series.filter((s) => settings.regions.includes(s.region)).flatMap((s) => s.points.filter((p) => p.value !== null && p.value > 0).map((p) => p.period))),
  ].sort((a, b) => timeOf(a) - timeOf(b));
  const effectiveScale: Scale = logRefused ? 'linear' : settings.scale;

  const toggleRegion = (region: string, on: boolean) => {
    const next = regions.map((r) => r.id).filter((r) => (r === region ? on : settings.regions.includes(r)));
    if (next.length > 0) update({ regions: next });
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
                {localText(r.name, lang)}
              </label>
            );
          })}
        </fieldset>
      )}
      <fieldset className="control-group">
        <legend>{m.explorer.range}</legend>
        <label className="control">
          <span>{m.explorer.from}</span>
          <select value={settings.from ?? ''} onChange={(e) => update({ from: e.target.value || undefined })}>
            <option value="">{m.explorer.earliest}</option>
            {fromChoices.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang, cumulative)}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <span>{m.explorer.to}</span>
          <select value={settings.to ?? ''} onChange={(e) => update({ to: e.target.value || undefined })}>
            <option value="">{m.explorer.latest}</option>
            {toChoices.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang, cumulative)}
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
            onChange={(e) => update({ transform: e.target.value as Transform, base: undefined, vs: undefined })}
          >
            {transforms.map((t) => (
              <option key={t} value={t}>
                {m.explorer.transformNames[t]}
              </option>
            ))}
          </select>
        </label>
        {settings.transform === 'index' && (
          <label className="control">
            <span>{m.explorer.base}</span>
            <select value={appliedBase ?? ''} onChange={(e) => update({ base: e.target.value || undefined })}>
              {basePeriods.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p, lang, cumulative)}
                </option>
              ))}
            </select>
          </label>
        )}
        {settings.transform === 'gap' && (
          <label className="control">
            <span>{m.explorer.vs}</span>
            <select value={appliedVs ?? ''} onChange={(e) => update({ vs: e.target.value || undefined })}>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {localText(r.name, lang)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <fieldset className="control-group">
        <legend>{m.explorer.type}</legend>
        <label className="control">
          <span className="visually-hidden">{m.explorer.type}</span>
          <select value={settings.type} onChange={(e) => update({ type: e.target.value as ChartKind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {m.explorer.typeNames[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <span>{m.explorer.scale}</span>
          <select
            value={effectiveScale}
            aria-describedby={logRefused ? `${id}-log` : undefined}
            onChange={(e) => update({ scale: e.target.value as Scale })}
          >
            {SCALES.map((s) => (
              <option key={s} value={s} disabled={s === 'log' && logRefused}>
                {m.explorer.scaleNames[s]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {logRefused && (
        <p id={`${id}-log`} className="control-hint" role={settings.scale === 'log' ? 'status' : undefined}>
          {m.explorer.logRefused}
        </p>
      )}
    </section>
  );
}
