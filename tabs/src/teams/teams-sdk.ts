/** The parts of teams-js the tabs use, loaded on demand so a browser outside Teams never downloads them. */
export { app, authentication, FrameContexts, pages } from '@microsoft/teams-js';
