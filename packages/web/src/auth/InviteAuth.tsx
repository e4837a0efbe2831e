import { useId, useState } from 'react';
import type { User } from '../api.ts';
import { SignInForm } from './SignInForm.tsx';
import { SignUpForm } from './SignUpForm.tsx';
import { t } from '../i18n/index.ts';

/** Sign up (or sign in) without leaving the invitation page. */
export function InviteAuth({ onSignedIn }: { readonly onSignedIn: (user: User) => void }) {
  const id = useId();
  const [mode, setMode] = useState<'signUp' | 'signIn'>('signUp');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {mode === 'signUp' ? t('auth.signUp.title') : t('auth.signIn.title')}
      </h2>
      <p className="muted">{t('accept.authFirst')}</p>
      {mode === 'signUp' ? (
        <SignUpForm onSuccess={onSignedIn} />
      ) : (
        <SignInForm onSuccess={onSignedIn} />
      )}
      <p className="switch">
        <button
          type="button"
          className="link"
          onClick={() => setMode(mode === 'signUp' ? 'signIn' : 'signUp')}
        >
          {mode === 'signUp' ? t('auth.toSignIn') : t('auth.toSignUp')}
        </button>
      </p>
    </section>
  );
}
