import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cloneDataset } from '../../../mocks/scenarios';
import { validateDataset } from '../../data/dataset/validate';
import type { LoadedDataset } from '../../data/load/dataset-query';
import type { FigureChartProps } from '../../charts/chart-frame';
import { PALETTES } from '../../charts/palette';
import { I18nProvider } from '../../i18n/i18n-context';
import { OverviewView } from './overview-view';

const FAILED = 'This chart could not be drawn. The other charts are not affected.';

// An error while drawing one chart must stay inside that chart's frame. The drawing component
// is replaced by one that throws for a chart whose data holds a marked value, and the data
// preparation by one that throws for one indicator; everything else is the real overview.

const POISON = 4242.42;

vi.mock('../../charts/svg-chart', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../charts/svg-chart')>()),
  SvgFigureChart: (props: FigureChartProps) => {
    if (props.model.series.some((s) => s.drawn.some((p) => p.value === POISON))) throw new Error('drawing failed');
    return <svg data-testid="drawn-chart" role="img" aria-label="chart" />;
  },
}));

const failingSummary = { id: '' };
vi.mock('../../describe/summary', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../describe/summary')>();
  return {
    ...real,
    figureSummary: (...args: Parameters<typeof real.figureSummary>) => {
      if (args[1].entries[0]?.indicator.id === failingSummary.id) throw new Error('summary failed');
      return real.figureSummary(...args);
    },
  };
});

function loaded(mutate: (d: ReturnType<typeof cloneDataset>) => void = () => {}): LoadedDataset {
  const d = cloneDataset();
  mutate(d);
  const result = validateDataset(d);
  if (!result.ok) throw new Error('invalid test dataset');
  return { url: 'data/test.json', dataset: result.dataset, dropped: [], warnings: [], fetchedAt: 0 };
}

function renderOverview(data: LoadedDataset) {
  return render(
    <I18nProvider lang="en">
      <OverviewView loaded={data} theme={PALETTES.light} />
    </I18nProvider>,
  );
}

describe('an error while drawing one chart', () => {
  beforeEach(() => {
    // React reports every error a boundary catches; the test expects them.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    failingSummary.id = '';
  });

  it('shows an error in that chart’s frame, and the other charts are drawn', () => {
    const data = loaded((d) => {
      const target = d.indicators.find((i) => i.id === 'green-parks-added')!;
      target.series[0]!.points[0]!.value = POISON;
    });
    renderOverview(data);
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(16);
    const broken = screen.getByRole('figure', { name: 'National green industrial parks added' });
    expect(within(broken).getByText(FAILED).getAttribute('role')).toBe('status');
    expect(within(broken).queryByTestId('drawn-chart')).toBeNull();
    const others = figures.filter((f) => f !== broken);
    for (const figure of others) expect(within(figure).getByTestId('drawn-chart')).toBeTruthy();
    expect(screen.getAllByText(FAILED)).toHaveLength(1);
    // The headline cards and the themes around the broken chart are all still there.
    expect(screen.getByRole('heading', { level: 2, name: 'Green manufacturing' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeTruthy();
  });

  it('a failure while preparing one figure (before drawing) is contained to that figure, which keeps its name', () => {
    failingSummary.id = 'green-supply-chain-added';
    renderOverview(loaded());
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(16);
    const broken = screen.getByRole('figure', { name: 'National green supply-chain management enterprises added' });
    expect(within(broken).getByText(FAILED).getAttribute('role')).toBe('status');
    expect(screen.getAllByTestId('drawn-chart')).toHaveLength(15);
  });

  it('a failed chart is drawn again when new data arrives', () => {
    const poisoned = loaded((d) => {
      d.indicators.find((i) => i.id === 'green-parks-added')!.series[0]!.points[0]!.value = POISON;
    });
    const { rerender } = renderOverview(poisoned);
    expect(screen.getAllByText(FAILED)).toHaveLength(1);
    rerender(
      <I18nProvider lang="en">
        <OverviewView loaded={loaded()} theme={PALETTES.light} />
      </I18nProvider>,
    );
    expect(screen.queryAllByText(FAILED)).toHaveLength(0);
    expect(screen.getAllByTestId('drawn-chart')).toHaveLength(16);
  });
});
