import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { createConsoleI18n } from './i18n/i18n.js';
import '../ui-shared/tokens.css';
import './styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <I18nextProvider i18n={createConsoleI18n()}>
    <App />
  </I18nextProvider>,
);
