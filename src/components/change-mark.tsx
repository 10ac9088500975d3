import { useI18n } from '../i18n/i18n-context';

/**
 * Direction of a change as an arrow and a word for screen readers; the colour follows the
 * reader's convention (rises red in Chinese, green in English) but never carries meaning alone.
 */
export function ChangeMark({ delta }: { delta: number }) {
  const { m } = useI18n();
  const dir = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  return (
    <span className={`change-mark change-${dir}`}>
      <span aria-hidden="true">{dir === 'up' ? '▲' : dir === 'down' ? '▼' : '■'}</span>
      <span className="visually-hidden">{m.change[dir]}</span>
    </span>
  );
}
