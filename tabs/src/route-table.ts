import { registerRoutes, route } from './routes.js';

/** Every page of the tabs, each in its own chunk. Add a line per page. */
registerRoutes([
  route('/committee/:slug', () => import('./pages/committee/committee-page.js')),
  route('/meeting/:id', () => import('./pages/meeting/meeting-page.js')),
  route('/config', () => import('./pages/config/config-page.js')),
  route('/dashboard', () => import('./pages/dashboard/dashboard-page.js')),
  route('/side-panel', () => import('./pages/side-panel/side-panel-page.js')),
]);

export { route };
