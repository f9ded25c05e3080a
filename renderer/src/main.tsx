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
import './styles/reports.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
