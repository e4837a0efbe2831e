import { useEffect, useRef } from 'react';
import { t } from '../i18n/index.ts';

/**
 * The screen's one h1. It sets the document title and takes focus when the screen opens, so
 * screen-reader and keyboard users start at the top of the new screen.
 */
export function ScreenTitle({ children }: { readonly children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} dir="auto">
      {children}
    </h1>
  );
}
