import { WelcomeIntro } from '../welcome/WelcomeIntro.tsx';

/** `/` for someone signed out: what recipro is and is not, then sign up or sign in. */
export function WelcomeScreen() {
  return <WelcomeIntro />;
}
