import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.tsx';
import { deviceLocale, switchLocale } from './i18n/load.ts';
import { queryClient, readAheadOf, readRouteAhead, reads } from './queries.ts';
import { currentLocation, onLocationChange } from './router.ts';
import { preloadScreen } from './Routes.tsx';
import './styles.css';

/**
 * Whenever the address changes (and now, at start-up), the screen's code and its data start
 * loading together, before React renders it; at start-up, who is signed in is asked at once too.
 */
const startScreen = () => {
  const location = currentLocation();
  preloadScreen(location);
  readRouteAhead(location);
};
readAheadOf(reads.me());
startScreen();
onLocationChange(startScreen);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );

// The person's language loads first (at the same time as the screen's code and data), so the
// first screen is already in it; English when that language cannot be loaded.
const locale = deviceLocale();
switchLocale(locale)
  .catch((error: unknown) => {
    console.warn('recipro: the chosen language could not be loaded', error);
    return locale === 'en' ? undefined : switchLocale('en');
  })
  .catch((error: unknown) => console.warn('recipro: no language could be loaded', error))
  .finally(render);

// The service worker exists only in a build (see vite.config.ts), so development skips it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('recipro: the offline app shell is unavailable', error);
    });
  });
}
