import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { applyTheme, savedTheme } from './lib/theme';
import { initialLocale } from './lib/i18n/locale';
import './styles/base.css';

applyTheme(savedTheme());
document.documentElement.lang = initialLocale();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={createRouter()} />
    </AppProviders>
  </StrictMode>,
);
