import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { i18nReady } from './app/i18n/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// English, when chosen, is fetched first: the first paint is already in the person's language.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
