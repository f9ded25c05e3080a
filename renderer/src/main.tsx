import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/screens.css';
import './styles/backup.css';
import './styles/privacy.css';
import './styles/invoicing.css';
import './styles/support.css';
import './styles/home.css';
import './styles/documentActions.css';
import './styles/reports.css';
import { App } from './app/App';
import { ErrorBoundary } from './support/ErrorBoundary';
import { CalmErrorNotice } from './support/CalmErrorNotice';
import { installGlobalErrorReporting } from './support/reportError';

// Errors nobody caught land in the support log with a reference the user sees (support/).
installGlobalErrorReporting();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    <CalmErrorNotice />
  </StrictMode>,
);
