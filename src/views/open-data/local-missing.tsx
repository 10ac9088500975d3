import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useHash, withParams } from '../../routing/route';

const OpenDataDialog = lazy(() => import('./open-data-dialog').then((mod) => ({ default: mod.OpenDataDialog })));

/**
 * A `data=local:…` address after a reload: the file lived only in the page that opened it. The
 * reader can open it again, or go back to the default data in the same view.
 */
export function LocalMissing() {
  const { m } = useI18n();
  const hash = useHash();
  const [opening, setOpening] = useState(false);
  return (
    <div className="state-panel" role="status">
      <p>{m.openData.localMissing}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setOpening(true)}>
          {m.openData.openAgain}
        </button>
        <a className="button button-quiet" href={withParams(hash, { data: undefined })}>
          {m.openData.backToDefault}
        </a>
      </div>
      {opening && (
        <Suspense fallback={null}>
          <OpenDataDialog onClose={() => setOpening(false)} />
        </Suspense>
      )}
    </div>
  );
}
