import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureModel } from '../data/figure/figure-model';
import { plotArea } from './chart-frame';
import { frameScales, linearScale, logScale, nearestTime, SvgFigureChart } from './svg-chart';
import { PALETTES } from './palette';

// The overview's plain SVG frame must place everything where the Recharts frame does: the same
// plot area (chart-frame.ts), a time axis padded 12 px on each side (none for bars), a value
// axis from the bottom up (down when reversed, logarithmic when asked). The prerender of the
// overview drawn by each frame gave identical paths and tick positions (docs/performance.md);
// these tests hold the rules that made them so.

function model(over: Partial<FigureModel> = {}): FigureModel {
  return {
    type: 'line',
    times: [0, 10, 20, 30],
    time: { domain: [0, 30], ticks: [0, 10, 20, 30] },
    value: { domain: [0, 100], ticks: [0, 50, 100], scale: 'linear', reversed: false },
    ...over,
  } as unknown as FigureModel;
}

describe('the frame', () => {
  it('lays the plot out as the Recharts frame does: margins, the value axis at the left, the time axis below', () => {
    expect(plotArea(555, 240, 41)).toEqual({ x: 45, y: 16, width: 494, height: 190 });
  });

  it('pads the time axis for lines and not for bars', () => {
    const plot = { x: 45, y: 16, width: 494, height: 190 };
    const line = frameScales(model(), plot);
    expect(line.x(0)).toBe(57);
    expect(line.x(30)).toBe(527);
    const bar = frameScales(model({ type: 'bar' }), plot);
    expect(bar.x(0)).toBe(45);
    expect(bar.x(30)).toBe(539);
  });

  it('draws values from the bottom up, or down when reversed (ranks)', () => {
    const plot = { x: 0, y: 16, width: 100, height: 190 };
    const up = frameScales(model(), plot);
    expect(up.y(0)).toBe(206);
    expect(up.y(100)).toBe(16);
    const down = frameScales(model({ value: { domain: [1, 31], ticks: [1, 31], scale: 'linear', reversed: true } as FigureModel['value'] }), plot);
    expect(down.y(1)).toBe(16);
    expect(down.y(31)).toBe(206);
  });

  it('places values on a log scale, and has no place for zero or less', () => {
    const y = logScale([1, 100], [200, 0]);
    expect(y(1)).toBe(200);
    expect(y(10)).toBeCloseTo(100, 10);
    expect(y(100)).toBeCloseTo(0, 10);
    expect(y(0)).toBeUndefined();
    expect(y(-5)).toBeUndefined();
  });

  it('maps a domain of one value to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('the period under the pointer', () => {
  const x = linearScale([0, 30], [0, 300]);
  it('is the nearest period drawn', () => {
    expect(nearestTime([0, 10, 20, 30], x, 0)).toBe(0);
    expect(nearestTime([0, 10, 20, 30], x, 140)).toBe(10);
    expect(nearestTime([0, 10, 20, 30], x, 160)).toBe(20);
    expect(nearestTime([0, 10, 20, 30], x, 999)).toBe(30);
    expect(nearestTime([0, 10, 20, 30], x, -50)).toBe(0);
  });
  it('is none when nothing is drawn, and the one period when one is', () => {
    expect(nearestTime([], x, 10)).toBeNull();
    expect(nearestTime([20], x, 10)).toBe(20);
  });
});

describe('SvgFigureChart', () => {
  // jsdom lays nothing out: the chart's width comes from a ResizeObserver stand-in and the
  // element's clientWidth.
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(555);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, right: 555, bottom: 240, width: 555, height: 240, x: 0, y: 0, toJSON: () => ({}) });
  });
  afterEach(() => vi.unstubAllGlobals());

  const props = {
    model: model({ series: [], byTime: new Map(), annotations: [], targets: [], breaks: [], markers: false, zeroLine: false, frequency: 'year' } as Partial<FigureModel>),
    looks: new Map(),
    theme: PALETTES.light,
    height: 240,
    formatValue: (v: number) => `${v}%`,
    formatTick: (t: number) => `T${t}`,
    renderTooltip: (t: number) => <p>tooltip at {t}</p>,
  };

  it('draws the axes at its measured width, with every tick labelled', () => {
    const { container } = render(<SvgFigureChart {...props} />);
    const svg = container.querySelector('svg.chart-surface');
    expect(svg?.getAttribute('width')).toBe('555');
    const texts = [...container.querySelectorAll('.chart-axis text')].map((t) => t.textContent);
    expect(texts).toEqual(['T0', 'T10', 'T20', 'T30', '0%', '50%', '100%']);
  });

  it('shows the tooltip of the period under the pointer, with a cursor, and hides both when the pointer leaves', () => {
    const { container, queryByText } = render(<SvgFigureChart {...props} />);
    const frame = container.querySelector('.svg-chart')!;
    const plot = plotArea(555, 240, 0);
    expect(plot.width).toBeGreaterThan(0);
    // Past the middle of the plot, nearer the third period than the second.
    act(() => {
      fireEvent.pointerMove(frame, { clientX: 350, clientY: 100 });
    });
    expect(queryByText('tooltip at 20')).not.toBeNull();
    expect(container.querySelector('.chart-cursor')).not.toBeNull();
    act(() => {
      fireEvent.pointerLeave(frame);
    });
    expect(queryByText(/tooltip at/)).toBeNull();
    expect(container.querySelector('.chart-cursor')).toBeNull();
  });

  it('shows no tooltip while the pointer is on the axes, outside the plot', () => {
    const { container, queryByText } = render(<SvgFigureChart {...props} />);
    act(() => {
      fireEvent.pointerMove(container.querySelector('.svg-chart')!, { clientX: 5, clientY: 230 });
    });
    expect(queryByText(/tooltip at/)).toBeNull();
  });
});
