import { registerRoutes, route } from './routes.js';

/** Every page of the tabs, each in its own chunk. Add a line per page. */
registerRoutes([]);

export { route };
