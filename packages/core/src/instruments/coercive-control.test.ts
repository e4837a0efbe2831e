import { describe, expect, it } from 'vitest';
import { COERCIVE_CONTROL_PHRASES, type CoerciveControlKind } from './coercive-control.ts';
import { needsSupport, suggestsSafetyConcern } from './safety.ts';

const examples: Record<CoerciveControlKind, { match: string[]; leave: string[] }> = {
  money: {
    match: [
      'He takes my money every payday',
      'She controls the money and I get nothing',
      "he won't let me have money of my own",
      "I'm not allowed to work since we moved",
      'Tengo que pedirle dinero para todo, él controla el dinero',
      'mi esposo no me deja trabajar',
    ],
    leave: [
      'We put our money together for the holiday',
      'I took money out of savings for the rent',
      'He works hard and earns good money',
      'Ahorramos dinero para las vacaciones',
    ],
  },
  isolation: {
    match: [
      "I'm not allowed to see my friends any more",
      "He won't let me see my family at Christmas",
      'she keeps me away from my sister',
      'No me deja ver a mis amigas',
      'Me aleja de mi familia',
    ],
    leave: [
      "I haven't seen my friends for weeks, work is mad",
      "The fog won't let me see the road",
      'We will see my family at Easter',
      'La niebla no me deja ver nada',
    ],
  },
  monitoring: {
    match: [
      'he checks my phone every night',
      'She read my messages while I slept',
      'He tracks my location all day',
      'Revisa mi celular cuando duermo',
      'Lee mis mensajes',
    ],
    leave: [
      'I checked my phone and saw your lovely text',
      "I'll read my messages later",
      'My watch tracks my steps',
      'Reviso mi teléfono demasiado',
    ],
  },
  threats: {
    match: [
      'He threatened to take the kids if I go',
      'my partner threatens to leave whenever we argue',
      'She keeps threatening to tell everyone',
      'Él amenaza con quitarme a los niños',
    ],
    leave: [
      'The storm threatened to ruin the picnic',
      'The deadline threatens to slip again',
      'La lluvia amenaza con arruinar el día',
    ],
  },
  notAllowed: {
    match: [
      "I'm not allowed to go to the gym",
      'I am not allowed to wear what I like',
      "he doesn't allow me to drive",
      'No tengo permitido salir sola',
      'Me prohíbe hablar con mis compañeros',
    ],
    leave: [
      'Dogs are not allowed to come into the café',
      "You're not allowed to park there on Sundays",
      'Aquí no se permite fumar',
    ],
  },
  fearOfReaction: {
    match: [
      "I'm afraid of how he'll react if I say no",
      'scared of her reaction when I got home late',
      'I walk on eggshells around him all the time',
      'Tengo miedo de cómo va a reaccionar',
      'Me da miedo que se enoje, tengo miedo de que se enoje',
    ],
    leave: [
      "I wonder how he'll react to the surprise party",
      "I'm afraid I'll be late tonight",
      'Broke some eggshells making the cake',
      'Me pregunto cómo va a reaccionar a la sorpresa',
    ],
  },
};

describe('needsSupport: coercive control', () => {
  for (const [kind, { match, leave }] of Object.entries(examples)) {
    it.each(match)(`${kind}: offers support for "%s"`, (text) => {
      expect(needsSupport(text)).toBe(true);
    });
    it.each(leave)(`${kind}: leaves "%s" alone`, (text) => {
      expect(needsSupport(text)).toBe(false);
    });
  }

  it('has English and Spanish phrases for every kind, each of which matches itself', () => {
    for (const [kind, lists] of Object.entries(COERCIVE_CONTROL_PHRASES)) {
      const languages = lists.map((list) => list.language);
      expect(languages, kind).toContain('en');
      expect(languages, kind).toContain('es');
      for (const phrase of lists.flatMap((list) => list.phrases)) {
        expect(phrase.trim().length, phrase).toBeGreaterThan(2);
        expect(needsSupport(phrase), phrase).toBe(true);
      }
    }
  });

  it('reads Hindi and Arabic too where phrases exist', () => {
    expect(needsSupport('वो मेरा फोन चेक करता है')).toBe(true);
    expect(needsSupport('woh mujhe dosto se milne nahi deta')).toBe(true);
    expect(needsSupport('زوجي يقرأ رسائلي')).toBe(true);
    expect(needsSupport('هو لا يسمح لي بالخروج')).toBe(true);
  });
});

describe('needsSupport: one rule for every free text', () => {
  it('still sees violence and self-harm', () => {
    expect(needsSupport('he hit me last week')).toBe(true);
    expect(needsSupport('I want to die')).toBe(true);
    expect(needsSupport('Thanks for the tea')).toBe(false);
    expect(needsSupport(null)).toBe(false);
    expect(needsSupport('   ')).toBe(false);
  });

  it('is the rule the check-in notes use', () => {
    expect(suggestsSafetyConcern({ notes: ['he checks my phone'] })).toBe(true);
    expect(suggestsSafetyConcern({ notes: ['I checked my phone'] })).toBe(false);
  });
});
