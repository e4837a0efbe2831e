/**
 * The circle last opened on this device, kept in localStorage so the navigation can offer it
 * after a reload. Only its id, name and kind are kept: nothing private.
 */
import { isCircleKind } from '@recipro/core';
import type { CurrentCircle } from './session.ts';

const CURRENT_CIRCLE_KEY = 'recipro.currentCircle';

export function storedCircle(): CurrentCircle | null {
  try {
    const raw = window.localStorage.getItem(CURRENT_CIRCLE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value === 'object' && value !== null) {
      const { id, name, kind } = value as Record<string, unknown>;
      if (typeof id === 'string' && typeof name === 'string' && isCircleKind(kind)) {
        return { id, name, kind };
      }
    }
  } catch {
    // Storage may be unavailable (private mode); the navigation just has no circle then.
  }
  return null;
}

export function storeCircle(circle: CurrentCircle | null): void {
  try {
    if (circle) window.localStorage.setItem(CURRENT_CIRCLE_KEY, JSON.stringify(circle));
    else window.localStorage.removeItem(CURRENT_CIRCLE_KEY);
  } catch {
    // See storedCircle.
  }
}
