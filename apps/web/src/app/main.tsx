import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from '../foundation/apollo/client';
import { createI18n } from '../foundation/i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} i18n={createI18n()} />
  </StrictMode>,
);
