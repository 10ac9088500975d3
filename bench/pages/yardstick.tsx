import { createRoot } from 'react-dom/client';
import { Line, LineChart, XAxis, YAxis } from 'recharts';

// Only React, ReactDOM and one Recharts line chart: the gzip size of this bundle is the
// yardstick for the app's first-view JavaScript (target: at most 1.15 times it).

const data = [
  { t: 2021, v: 1 },
  { t: 2022, v: 3 },
  { t: 2023, v: 2 },
];

createRoot(document.getElementById('root')!).render(
  <LineChart width={480} height={240} data={data}>
    <XAxis dataKey="t" />
    <YAxis />
    <Line dataKey="v" isAnimationActive={false} />
  </LineChart>,
);
