import { describe, expect, it } from 'vitest';
import { messageArguments } from './arguments.ts';
import { en } from './en.ts';
import { installCatalogue, render, t, tn } from './index.ts';
import { pseudoCatalogue } from './pseudo.ts';

describe('the pseudo-locale en-XA', () => {
  it('accents and lengthens every message, keeping its placeholders and plural forms', () => {
    installCatalogue('en-XA', pseudoCatalogue(en));
    try {
      const signOut = t('header.signOut');
      expect(signOut).toMatch(/^\[Šîĝñ öûţ ·+\]$/);
      expect(signOut.length).toBeGreaterThan(en['header.signOut'].length * 1.3);
      expect(t('header.signedInAs', { name: 'Sam' })).toContain('Sam');
      expect(tn('home.members', 1)).toMatch(/^\[1 péŕšöñ ·+\]$/);
      expect(tn('home.members', 3)).toMatch(/^\[3 péöþļé ·+\]$|^\[3 péöpļé ·+\]$/);
    } finally {
      installCatalogue('en', en);
    }
  });

  it('has a message for every English key, showing every value the English shows', () => {
    const pseudo = pseudoCatalogue(en);
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    const shown = (text: string) => text.split('4,321').length - 1;
    for (const [key, message] of Object.entries(en)) {
      const params = Object.fromEntries([...messageArguments(message).names].map((n) => [n, 4321]));
      const english = render(key, message, params);
      expect(shown(render(key, pseudo[key]!, params)), `${key}: ${english}`).toBe(shown(english));
    }
  });
});
