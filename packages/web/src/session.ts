/** Who is signed in, shared with every screen. */
import { createContext, useContext } from 'react';
import type { CircleKind } from '@recipro/core';
import type { User } from './api.ts';

export interface Session {
  readonly user: User | null;
  /** Record the signed-in user (after sign up or sign in). */
  readonly setUser: (user: User | null) => void;
  readonly signOut: () => Promise<void>;
  /** The circle last opened, offered in the navigation. */
  readonly currentCircle: CurrentCircle | null;
  readonly setCurrentCircle: (circle: CurrentCircle | null) => void;
}

export interface CurrentCircle {
  readonly id: string;
  readonly name: string;
  readonly kind: CircleKind;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
