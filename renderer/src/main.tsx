// First of the code: starts the first calls (app/start.ts).
import { firstScreenCode } from './app/start';
import './app/fonts.css';
import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { type Language, lastLanguage, loadLanguage, startLanguageLoaded } from './i18n';

/** After the first screen at commune scale (about 0.5 s), with a margin: loading the other language sooner would compete with it. */
const OTHER_LANGUAGE_AFTER_MS = 1500;

const draw = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Drawn once the start language's words (never raw keys) and the first screen's code are in;
// should the words fail to arrive, drawn anyway.
void Promise.all([startLanguageLoaded, firstScreenCode]).then(draw, draw);
// The other language once the first screen is up, so that switching or printing in it does not wait.
const other: Language = lastLanguage() === 'ar' ? 'fr' : 'ar';
setTimeout(() => void loadLanguage(other).catch(() => undefined), OTHER_LANGUAGE_AFTER_MS);
