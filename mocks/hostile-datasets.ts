import { cloneDataset, type Dataset } from './scenarios';

// Datasets that try to break the page. Each must either render as inert text or be refused
// with the message a user needs; nothing may run, and the layout must hold.

export const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
export const RTL = '\u202Egnirts desrever\u202C';
export const LONG = `超长名称${'很长'.repeat(4_998)}`;

export interface HostileCase {
  name: string;
  dataset: () => unknown;
  /** The dataset still loads (true) or is refused as a whole (false). */
  loads: boolean;
  /** Rule and path the validator must report, if any. */
  expectIssue?: { path: string; rule: string };
  /** Text the page must show as plain text. */
  showsText?: string;
}

function withIndicator(mutate: (d: Dataset) => void): () => Dataset {
  return () => {
    const d = cloneDataset();
    mutate(d);
    return d;
  };
}

export const hostileCases: HostileCase[] = [
  {
    name: 'markup and script in every text field',
    loads: true,
    showsText: SCRIPT,
    dataset: withIndicator((d) => {
      d.title = { zh: SCRIPT, en: SCRIPT };
      d.regions[0]!.name = { zh: SCRIPT, en: SCRIPT };
      d.themes[0]!.name = { zh: SCRIPT, en: SCRIPT };
      d.indicators[0]!.name = { zh: SCRIPT, en: SCRIPT };
      d.indicators[0]!.unit = { zh: SCRIPT, en: SCRIPT };
      d.sources[0]!.title = { zh: SCRIPT, en: SCRIPT };
      (d.annotations[0] as { label: unknown }).label = { zh: SCRIPT, en: SCRIPT };
      (d.milestones[0] as { text: unknown }).text = { zh: SCRIPT, en: SCRIPT };
      (d.indicators[1]!.series[0]!.points[6] as { note?: unknown }).note = { zh: SCRIPT, en: SCRIPT };
    }),
  },
  {
    name: 'a javascript: URL in a source',
    loads: false,
    expectIssue: { path: 'sources[1].url', rule: 'url-scheme' },
    dataset: withIndicator((d) => {
      (d.sources[1] as { url?: string }).url = 'javascript:window.__pwned=3';
    }),
  },
  {
    name: 'a data: URL in a source',
    loads: false,
    expectIssue: { path: 'sources[1].url', rule: 'url-scheme' },
    dataset: withIndicator((d) => {
      (d.sources[1] as { url?: string }).url = 'data:text/html,<script>alert(1)</script>';
    }),
  },
  {
    name: 'right-to-left override characters',
    loads: true,
    showsText: RTL,
    dataset: withIndicator((d) => {
      d.indicators[0]!.name = { zh: RTL, en: RTL };
    }),
  },
  {
    name: 'a 10,000-character name',
    loads: true,
    dataset: withIndicator((d) => {
      d.indicators[0]!.name = { zh: LONG, en: LONG };
      d.indicators[0]!.shortName = { zh: LONG, en: LONG };
    }),
  },
  {
    name: '1e308 and negative zero',
    loads: true,
    dataset: withIndicator((d) => {
      d.indicators[0]!.series[0]!.points[0]!.value = 1e308;
      d.indicators[0]!.series[0]!.points[1]!.value = -0;
    }),
  },
  {
    name: 'duplicate indicator ids',
    loads: true,
    expectIssue: { path: 'indicators[1].id', rule: 'duplicate-id' },
    dataset: withIndicator((d) => {
      d.indicators[1]!.id = d.indicators[0]!.id;
    }),
  },
];
