import type { PointStatus } from '../data/dataset/schema';
import { useI18n } from '../i18n/i18n-context';

/** A figure's status in words, with the explanation on hover and for screen readers. */
export function StatusBadge({ status }: { status: PointStatus }) {
  const { m } = useI18n();
  return (
    <span className={`status-badge status-${status}`} title={m.statusExplain[status]}>
      {m.statusNames[status]}
    </span>
  );
}
