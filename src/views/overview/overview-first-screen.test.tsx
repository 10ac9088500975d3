import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloneDataset } from '../../../mocks/scenarios';
import { validateDataset } from '../../data/dataset/validate';
import type { LoadedDataset } from '../../data/load/dataset-query';
import { PALETTES } from '../../charts/palette';
import { drawAllCharts } from '../../charts/draw-all';
import { I18nProvider } from '../../i18n/i18n-context';
import { OverviewView, type OverviewFirstScreen } from './overview-view';

// Taking over from a prerendered first screen, the overview first renders only the sections
// that screen holds, with a box of the rest's height, and the rest once the app is live (then
// idle), at once on a scroll or key, and synchronously before printing.

function loaded(): LoadedDataset {
  const result = validateDataset(cloneDataset());
  if (!result.ok) throw new Error('invalid test dataset');
  return { url: 'data/test.json', dataset: result.dataset, dropped: [], warnings: [], fetchedAt: 0 };
}

const HELD = { sections: 1, restHeight: 1234 };

/** A first screen of that shape (undefined: none shown); `live()` says the app has taken over. */
function firstScreen(shape: ReturnType<OverviewFirstScreen['shape']>) {
  let onLive: (() => void) | undefined;
  const screen: OverviewFirstScreen = {
    shape: () => shape,
    whenLive: (callback) => {
      onLive = callback;
      return () => (onLive = undefined);
    },
  };
  return { screen, live: () => onLive?.() };
}

function renderOverview(screen?: OverviewFirstScreen) {
  return render(
    <I18nProvider lang="en">
      <OverviewView loaded={loaded()} theme={PALETTES.light} firstScreen={screen} />
    </I18nProvider>,
  );
}

const sections = (container: HTMLElement) => container.querySelectorAll('.theme-section').length;
const restBox = (container: HTMLElement) => container.querySelector<HTMLElement>('.overview-rest');

/** Boxes stay undrawn until told (jsdom has no IntersectionObserver: one that never reports). */
function holdLazyBoxes() {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the overview taking over from a prerendered first screen', () => {
  it('renders every section at once when no first screen is shown', () => {
    const all = sections(renderOverview().container);
    expect(all).toBeGreaterThan(1);
    const { container } = renderOverview(firstScreen(undefined).screen);
    expect(sections(container)).toBe(all);
  });

  it('renders the first screen’s sections and a box of the rest’s height, then the rest once live and idle', async () => {
    const all = sections(renderOverview().container);
    const { screen, live } = firstScreen(HELD);
    const { container } = renderOverview(screen);
    expect(sections(container)).toBe(1);
    expect(restBox(container)?.style.height).toBe('1234px');
    expect(restBox(container)?.getAttribute('aria-hidden')).toBe('true');
    act(() => live());
    // Not at once: the reader's first hover on the charts in view comes first.
    expect(sections(container)).toBe(1);
    await vi.waitFor(() => expect(sections(container)).toBe(all), { timeout: 5_000 });
    expect(restBox(container)).toBeNull();
  });

  it('renders the rest at once when the reader scrolls or presses a key', () => {
    const all = sections(renderOverview().container);
    for (const event of [new Event('scroll'), new KeyboardEvent('keydown', { key: 'PageDown' })]) {
      const { container, unmount } = renderOverview(firstScreen(HELD).screen);
      expect(sections(container)).toBe(1);
      act(() => void window.dispatchEvent(event));
      expect(sections(container)).toBe(all);
      unmount();
    }
  });

  it('renders the rest and draws all its charts before printing', async () => {
    holdLazyBoxes();
    const { container } = renderOverview(firstScreen(HELD).screen);
    const before = container.querySelectorAll('.lazy-box').length;
    expect(container.querySelectorAll('.lazy-box[data-drawn="true"]')).toHaveLength(0);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const boxes = container.querySelectorAll('.lazy-box');
    expect(boxes.length).toBeGreaterThan(before);
    // The boxes of the sections rendered for the print are drawn too, not only those that were there.
    expect(container.querySelectorAll('.lazy-box[data-drawn="false"]')).toHaveLength(0);
  });

  it('does the same for the Print action (drawAllCharts)', async () => {
    holdLazyBoxes();
    const { container } = renderOverview(firstScreen(HELD).screen);
    await act(() => drawAllCharts(container, 200));
    expect(restBox(container)).toBeNull();
    expect(container.querySelectorAll('.lazy-box[data-drawn="false"]')).toHaveLength(0);
  });
});
