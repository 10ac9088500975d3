import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Dataset } from '../../src/data/dataset/schema';
import { fetchDataset, label } from './dataset';
import './page.css';

// The floor: what any React page pays to fetch the same JSON and draw one trivial figure. The
// svg carries Recharts' surface class so the same readiness test recognises it as a drawn chart.

function Floor() {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  useEffect(() => {
    void fetchDataset().then(setDataset);
  }, []);
  if (!dataset) return <p>…</p>;
  return (
    <figure className="chart-figure">
      <h2>{label(dataset.title)}</h2>
      <svg className="recharts-surface" width="120" height="40" viewBox="0 0 120 40" aria-hidden="true">
        <path d="M0,30L40,20L80,24L120,6" fill="none" stroke="#2563eb" strokeWidth="2" />
      </svg>
    </figure>
  );
}

createRoot(document.getElementById('main')!).render(<Floor />);
