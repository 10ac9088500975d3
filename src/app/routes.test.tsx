import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { App, prefetchFirstView } from './app';
import { datasetKeys } from '../data/load/dataset-query';

// Route tests in the style of bulletproof-react: the whole app at an address, its data from the
// mocks' one set of handlers (MSW in Node, see vitest.setup.ts), elements found by role and name.

function renderAt(hash: string) {
  window.location.hash = hash;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  window.location.hash = '';
});

describe('the first view, prefetched (boot.tsx, while the prerendered first screen is shown)', () => {
  it('fills the cache with config.json and the dataset it names, so the first render is the view itself', async () => {
    window.location.hash = '#/?lang=en';
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await prefetchFirstView(client, window.location.hash);
    expect(client.getQueryData(['config'])).toBeDefined();
    const cached = client.getQueryCache().findAll({ queryKey: datasetKeys.all });
    expect(cached).toHaveLength(1);
    expect(cached[0]?.state.status).toBe('success');
    render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    );
    // Synchronously, with no loading state before it.
    expect(screen.queryByRole('status', { name: /loading/i })).toBeNull();
    expect(screen.getAllByRole('figure').length).toBeGreaterThan(1);
  });

  it('leaves a failure for the app to show', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(prefetchFirstView(client, '#/?data=missing.json')).resolves.toBeUndefined();
  });
});

describe('the indicator view', () => {
  it('shows one indicator with its controls, its figure and a summary worded from its model', async () => {
    renderAt('#/indicator/industrial-value-added-growth?lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Growth of industrial value added (above designated size)' })).toBeTruthy();
    const figure = screen.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
    // 2025: Sichuan 6.5 %, China 5.9 %: 0.6 pp above.
    expect(figure.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(figure.getAttribute('aria-describedby')!)?.textContent).toContain('0.6 pp above China (5.9%)');
    expect(within(figure).getByRole('button', { name: 'Share and export' })).toBeTruthy();
  });

  it('writes a changed transform into the address and shows the gap in points', async () => {
    const user = userEvent.setup();
    renderAt('#/indicator/industrial-value-added-growth?lang=en');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show' }), 'gap');
    expect(window.location.hash).toContain('transform=gap');
    const figure = await screen.findByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
    expect(within(figure).getByText(/Unit: pp/)).toBeTruthy();
    // The table of the same figure: 2023 is 6.1 − 4.6 = 1.5 points.
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(window.location.hash).toContain('view=table');
    const row = await screen.findByRole('row', { name: /^2023/ });
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe('1.5');
  });

  it('says so for an indicator the dataset does not have', async () => {
    renderAt('#/indicator/atlantis?lang=en');
    expect(await screen.findByText('The dataset has no indicator with the id “atlantis”.')).toBeTruthy();
  });
});

describe('the compare view', () => {
  it('draws two growth rates on one axis, a year-to-date one among them', async () => {
    renderAt('#/compare?ids=industrial-value-added-growth-ytd,industrial-value-added-growth&lang=en');
    expect(await screen.findByText(/share one value axis/)).toBeTruthy();
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('gives indicators of different units a chart each, and removes one from the address', async () => {
    const user = userEvent.setup();
    renderAt('#/compare?ids=green-factories-added,industrial-value-added-growth&lang=en');
    expect(await screen.findByText(/different units/)).toBeTruthy();
    expect(screen.getAllByRole('figure')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove National green factories added' }));
    expect(window.location.hash).toBe('#/compare?ids=industrial-value-added-growth&lang=en');
    expect(await screen.findAllByRole('figure')).toHaveLength(1);
  });

  it('names the ids the dataset does not have', async () => {
    renderAt('#/compare?ids=atlantis,industrial-value-added-growth&lang=en');
    expect(await screen.findByText(/atlantis/)).toBeTruthy();
  });
});
