import type { LoadedDataset } from '../data/load/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { navigate } from '../routing/route';
import { indicatorPath, linkTo } from '../routing/links';
import { IndicatorSearch } from '../components/indicator-search';

// The header's ways around: the views a reader would otherwise have to know the address of, and
// a search for an indicator by name. Each link says when it is the page shown.

export function HeaderNav({ hash, loaded }: { hash: string; loaded: LoadedDataset | undefined }) {
  const { m } = useI18n();
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const links: { path: string; label: string }[] = [
    { path: '/', label: m.headerNav.overview },
    { path: '/compare', label: m.headerNav.compare },
    { path: '/present', label: m.headerNav.present },
    ...((loaded?.dataset.plans?.length ?? 0) > 0 ? [{ path: '/plan', label: m.plan.link }] : []),
  ];
  return (
    <>
      <nav className="header-nav" aria-label={m.headerNav.label}>
        <ul>
          {links.map((link) => (
            <li key={link.path}>
              <a className="button button-quiet header-button" href={linkTo(hash, link.path)} aria-current={path === link.path ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {loaded && <IndicatorSearch indicators={loaded.dataset.indicators} onChoose={(id) => navigate(linkTo(hash, indicatorPath(id)))} />}
    </>
  );
}
