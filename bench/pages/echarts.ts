import { init, use as register, type ComposeOption } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Dataset, Indicator } from '../../src/data/dataset/schema';
import { chartedIndicators, fetchDataset, label, periodsOf } from './dataset';
import './page.css';

// The yardstick of issue 8: the overview's charts drawn the plain way with tree-shaken
// ECharts on canvas. `?indicator=<id>` draws that one indicator, every region, like the
// indicator view; `?data=<url>` loads another dataset.

register([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

function option(dataset: Dataset, indicator: Indicator): Option {
  const periods = periodsOf(indicator);
  const type = indicator.kind === 'flow' ? 'bar' : 'line';
  const regionName = (id: string) => label(dataset.regions.find((r) => r.id === id)?.name) || id;
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value' },
    series: indicator.series.map((s) => {
      const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
      return { type, name: regionName(s.region), data: periods.map((p) => byPeriod.get(p) ?? null), connectNulls: true };
    }),
  } as Option;
}

function figure(parent: HTMLElement, dataset: Dataset, indicator: Indicator, height: number) {
  const fig = document.createElement('figure');
  fig.className = 'chart-figure';
  const title = document.createElement('h2');
  title.textContent = label(indicator.name);
  const box = document.createElement('div');
  box.style.height = `${height}px`;
  fig.append(title, box);
  parent.append(fig);
  init(box, null, { renderer: 'canvas' }).setOption(option(dataset, indicator));
}

async function main() {
  const main = document.getElementById('main')!;
  const dataset = await fetchDataset();
  const only = new URLSearchParams(location.search).get('indicator');
  if (only) {
    const indicator = dataset.indicators.find((i) => i.id === only);
    if (!indicator) throw new Error(`No indicator ${only}`);
    figure(main, dataset, indicator, 360);
    return;
  }
  const grid = document.createElement('div');
  grid.className = 'chart-grid';
  main.append(grid);
  for (const indicator of chartedIndicators(dataset)) figure(grid, dataset, indicator, 240);
}

void main();
