import { useI18n } from '../i18n/i18n-context';

/** What a chart's frame shows when drawing it failed (see ChartBoundary): the page goes on. */
export function ChartFailed() {
  const { m } = useI18n();
  return (
    <p role="status" className="chart-failed">
      {m.errors.chartFailed}
    </p>
  );
}
