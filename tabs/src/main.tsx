import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { TeamsProvider } from './teams/teams-context.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <TeamsProvider>
      <App />
    </TeamsProvider>
  </StrictMode>,
);
