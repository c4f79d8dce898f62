import type { ComponentType, LazyExoticComponent } from 'react';
import { lazy, useEffect, useState } from 'react';

/**
 * The tabs share one page and pick what to show from the URL's hash, so that every tab's contentUrl is
 * `/tabs/#/<route>` and one build serves them all. Each page is loaded on demand (its own chunk).
 *
 * Routes: `#/` home · `#/committee/<slug>` committee tab · `#/meeting/<id>` a meeting · `#/config` the
 * configurable tab's configuration page · `#/dashboard` the coordinator's dashboard · `#/side-panel` the
 * meeting side panel.
 */
export interface RouteProps {
  /** The route's parameters, e.g. `{ slug: 'comite-porteur' }`. */
  params: Record<string, string>;
  onUnauthorized?: (() => void) | undefined;
}

interface RouteEntry {
  pattern: RegExp;
  names: string[];
  page: LazyExoticComponent<ComponentType<RouteProps>>;
}

const routes: RouteEntry[] = [
  // Pages register here, one line each: { pattern, names, page: lazy(() => import('./pages/…')) }.
];

/** Adds a route; used by this file's table only, kept as a function so the table stays readable. */
export function route(path: string, load: () => Promise<{ default: ComponentType<RouteProps> }>): RouteEntry {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { pattern, names, page: lazy(load) };
}

export function matchRoute(hash: string): { page: RouteEntry['page']; params: Record<string, string> } | undefined {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '') || '/';
  for (const entry of routes) {
    const match = entry.pattern.exec(path);
    if (match)
      return {
        page: entry.page,
        params: Object.fromEntries(entry.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)])),
      };
  }
  return undefined;
}

export function registerRoutes(entries: RouteEntry[]): void {
  routes.push(...entries);
}

/** The current hash, updated on navigation. */
export function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}
