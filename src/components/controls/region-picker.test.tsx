import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { pickerRows, RegionPicker, type RegionChoice } from './region-picker';

const REGIONS: RegionChoice[] = Array.from({ length: 31 }, (_, i) => ({ id: `r${i + 1}`, name: `Region ${i + 1}` }));

function Picker({ initial }: { initial: string[] }) {
  const [selected, setSelected] = useState(initial);
  return (
    <I18nProvider lang="en">
      <RegionPicker regions={REGIONS} selected={selected} onChange={setSelected} />
      <output data-testid="selected">{selected.join(',')}</output>
    </I18nProvider>
  );
}

describe('pickerRows', () => {
  it('lists the chosen and the kept regions in dataset order, then matches', () => {
    const { rows, more } = pickerRows(REGIONS, new Set(['r3', 'r1']), '', new Set(['r2']));
    expect(rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(more).toBe(28);
    const searched = pickerRows(REGIONS, new Set(['r1']), 'region 3', new Set(['r2']));
    expect(searched.rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r30', 'r31']);
  });
});

describe('RegionPicker beyond twelve regions', () => {
  it('keeps a region the reader unticks in the list, so ticking it again undoes it', async () => {
    const user = userEvent.setup();
    render(<Picker initial={REGIONS.map((r) => r.id)} />);
    await user.click(screen.getByRole('checkbox', { name: 'Region 2' }));
    expect(screen.getByTestId('selected').textContent).not.toContain('r2,');
    const box = screen.getByRole('checkbox', { name: 'Region 2' });
    expect((box as HTMLInputElement).checked).toBe(false);
    await user.click(box);
    expect(screen.getByTestId('selected').textContent).toBe(REGIONS.map((r) => r.id).join(','));
  });

  it('lists only the chosen regions before a search, and finds the others by name', async () => {
    const user = userEvent.setup();
    render(<Picker initial={['r1']} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    await user.type(screen.getByRole('searchbox'), 'Region 2');
    await user.click(screen.getByRole('checkbox', { name: 'Region 25' }));
    expect(screen.getByTestId('selected').textContent).toBe('r1,r25');
  });
});
