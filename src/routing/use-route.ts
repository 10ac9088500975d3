import { useCallback, useMemo } from 'react';
import { navigate, parseHash, useHash, withParams, type Route } from './route';
import { paramsToChanges, readRouteParams, type ParamValue, type RouteParams } from './route-params';

export interface UpdateOptions {
  /** Replace the history entry instead of adding one (a brush being dragged, a slide turned). */
  replace?: boolean;
}

export type UpdateParams = (changes: Record<string, ParamValue>, opts?: UpdateOptions) => void;

/**
 * The view the address shows: its route, its typed parameters and `update`, which writes changed
 * parameters into the address on top of what it says at the moment of the call (undefined removes
 * one). Views read and write the address only through this.
 */
export function useRoute(): { route: Route; params: RouteParams; update: UpdateParams; hash: string } {
  const hash = useHash();
  const location = useMemo(() => parseHash(hash), [hash]);
  const params = useMemo(() => readRouteParams(location.route.name, location.params), [location]);
  const update = useCallback<UpdateParams>((changes, opts) => {
    navigate(withParams(window.location.hash, paramsToChanges(changes)), opts);
  }, []);
  return { route: location.route, params, update, hash };
}

/** The address read with one route's schema, for a view that knows which route it draws. */
export function useRouteParams<R extends Route['name']>(name: R): { params: RouteParams<R>; update: UpdateParams; hash: string } {
  const { update, hash } = useRoute();
  const params = useMemo(() => readRouteParams(name, parseHash(hash).params), [name, hash]);
  return { params, update, hash };
}
