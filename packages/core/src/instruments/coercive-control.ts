/**
 * Phrases suggesting coercive control: a pattern of control over money, people, movements and
 * speech, often without a blow (docs/instruments.md). Read by the safety screen (safety.ts)
 * together with its phrases of fear, violence and self-harm.
 *
 * Each phrase is specific enough to leave common idioms alone: "he threatened to" but not
 * "the storm threatened to"; "he checked my phone" but not "I checked my phone"; "won't let
 * me see my friends" but not "the fog won't let me see". Matching rules are safety.ts's.
 */
import type { SafetyPhrases } from './safety.ts';

export type CoerciveControlKind =
  'money' | 'isolation' | 'monitoring' | 'threats' | 'notAllowed' | 'fearOfReaction';

/** Someone else, as a member might name them in English. */
const someone = [
  'he',
  'she',
  'they',
  'my partner',
  'my husband',
  'my wife',
  'my boyfriend',
  'my girlfriend',
];
/** Someone else, as a member might name them in Spanish. */
const alguien = [
  'él',
  'ella',
  'mi pareja',
  'mi esposo',
  'mi esposa',
  'mi marido',
  'mi mujer',
  'mi novio',
  'mi novia',
];

const by = (people: readonly string[], actions: readonly string[]) =>
  people.flatMap((p) => actions.map((a) => `${p} ${a}`));

const people = [
  'my friends',
  'my family',
  'my parents',
  'my mum',
  'my mom',
  'my sister',
  'my brother',
];
const personas = [
  'a mis amigos',
  'a mis amigas',
  'a mi familia',
  'a mis padres',
  'a mi madre',
  'a mi mamá',
];

export const COERCIVE_CONTROL_PHRASES: Readonly<
  Record<CoerciveControlKind, readonly SafetyPhrases[]>
> = {
  money: [
    {
      language: 'en',
      phrases: [
        'takes my money',
        'took my money',
        'takes my salary',
        'took my salary',
        'takes my wages',
        'takes my paycheck',
        'takes my pay',
        'takes my bank card',
        'took my bank card',
        "won't let me have money",
        "won't let me have any money",
        "doesn't let me have money",
        "doesn't let me have any money",
        'controls the money',
        'controls all the money',
        'controls my money',
        'controls our money',
        'controls the finances',
        'controls my bank account',
        'have to ask him for money',
        'have to ask her for money',
        'have to ask them for money',
        'have to beg for money',
        'not allowed to work',
        "won't let me work",
        "doesn't let me work",
        'stops me from working',
        'made me quit my job',
        'makes me account for every penny',
      ],
    },
    {
      language: 'es',
      phrases: [
        'me quita el dinero',
        'me quitó el dinero',
        'me quita mi dinero',
        'me quita mi sueldo',
        'me quitó mi sueldo',
        'me quita la tarjeta',
        'no me deja tener dinero',
        'controla el dinero',
        'controla todo el dinero',
        'controla mi dinero',
        'controla mi sueldo',
        'tengo que pedirle dinero',
        'no me deja trabajar',
        'no me permite trabajar',
      ],
    },
    {
      language: 'hi',
      phrases: ['मेरे पैसे छीन', 'मुझे काम नहीं करने', 'mere paise chheen', 'kaam nahi karne deta'],
    },
    { language: 'ar', phrases: ['يأخذ راتبي', 'يمنعني من العمل'] },
  ],
  isolation: [
    {
      language: 'en',
      phrases: [
        ...people.flatMap((p) => [
          `not allowed to see ${p}`,
          `won't let me see ${p}`,
          `doesn't let me see ${p}`,
          `stops me from seeing ${p}`,
          `stops me seeing ${p}`,
          `keeps me away from ${p}`,
          `cut me off from ${p}`,
          `cuts me off from ${p}`,
        ]),
        "won't let me see anyone",
        "won't let me go out",
        "won't let me leave the house",
        "doesn't let me go out",
        'not allowed to go out',
        'not allowed to leave the house',
        'isolates me',
        'isolated me from',
      ],
    },
    {
      language: 'es',
      phrases: [
        ...personas.flatMap((p) => [
          `no me deja ver ${p}`,
          `no me permite ver ${p}`,
          `me aleja de ${p.slice(2)}`,
        ]),
        'no me deja salir',
        'no me permite salir',
        'me aísla',
        'me aisló',
      ],
    },
    { language: 'hi', phrases: ['मिलने नहीं देता', 'milne nahi deta', 'milne nahin deta'] },
    { language: 'ar', phrases: ['يمنعني من رؤية', 'يمنعني من الخروج'] },
  ],
  monitoring: [
    {
      language: 'en',
      phrases: [
        'checks my phone',
        'goes through my phone',
        'reads my messages',
        'reads my texts',
        'reads my emails',
        'tracks my location',
        'tracks my phone',
        'tracking my location',
        'tracks where i am',
        'follows me everywhere',
        'demands my passwords',
        'makes me share my location',
        'made me share my location',
        ...by(someone, [
          'checked my phone',
          'went through my phone',
          'read my messages',
          'read my texts',
          'tracked my location',
        ]),
      ],
    },
    {
      language: 'es',
      phrases: [
        'revisa mi celular',
        'revisa mi teléfono',
        'revisa mi móvil',
        'me revisa el celular',
        'me revisa el teléfono',
        'me revisa el móvil',
        'lee mis mensajes',
        'me lee los mensajes',
        'rastrea mi ubicación',
        'vigila mi ubicación',
        'me pide mis contraseñas',
      ],
    },
    { language: 'hi', phrases: ['मेरा फोन चेक', 'mera phone check'] },
    { language: 'ar', phrases: ['يفتش هاتفي', 'يراقب هاتفي', 'يقرأ رسائلي'] },
  ],
  threats: [
    {
      language: 'en',
      phrases: [
        ...by(someone, [
          'threatens to',
          'threatened to',
          'is threatening to',
          'keeps threatening',
          'has threatened to',
        ]),
        'threatens to take the kids',
        'threatened to take the kids',
        'threatens to take the children',
        'threatened to take the children',
        'threatens to leave me',
        'threatened to leave me',
      ],
    },
    {
      language: 'es',
      phrases: [
        ...by(alguien, ['amenaza con', 'amenazó con']),
        'amenaza con quitarme',
        'amenazó con quitarme',
        'amenaza con llevarse a los niños',
        'amenaza con dejarme',
      ],
    },
  ],
  notAllowed: [
    {
      language: 'en',
      phrases: [
        "i'm not allowed to",
        'i am not allowed to',
        "i wasn't allowed to",
        'i was not allowed to',
        "i'm never allowed to",
        ...by(someone, [
          "doesn't allow me to",
          "won't allow me to",
          'forbids me to',
          'forbids me from',
          'forbade me to',
          'forbade me from',
        ]),
      ],
    },
    {
      language: 'es',
      phrases: [
        'no tengo permitido',
        'no me deja tener',
        'me prohíbe',
        'me prohibió',
        'no me dejan salir',
      ],
    },
    { language: 'hi', phrases: ['इजाज़त नहीं देता', 'ijazat nahi deta'] },
    { language: 'ar', phrases: ['لا يسمح لي', 'لا تسمح لي'] },
  ],
  fearOfReaction: [
    {
      language: 'en',
      phrases: [
        ...['afraid', 'scared', 'frightened', 'terrified'].flatMap((fear) => [
          `${fear} of how he'll react`,
          `${fear} of how she'll react`,
          `${fear} of how they'll react`,
          `${fear} of how he will react`,
          `${fear} of how she will react`,
          `${fear} of how he reacts`,
          `${fear} of how she reacts`,
          `${fear} of his reaction`,
          `${fear} of her reaction`,
          `${fear} of what he'll do`,
          `${fear} of what she'll do`,
          `${fear} of what he might do`,
          `${fear} of what she might do`,
          `${fear} of his temper`,
          `${fear} of her temper`,
          `${fear} he'll get angry`,
          `${fear} she'll get angry`,
          `${fear} of making him angry`,
          `${fear} of making her angry`,
        ]),
        'walk on eggshells',
        'walking on eggshells',
        'walked on eggshells',
        'walks on eggshells',
      ],
    },
    {
      language: 'es',
      phrases: [
        'miedo de cómo va a reaccionar',
        'miedo de cómo reaccione',
        'miedo a cómo reaccione',
        'miedo de su reacción',
        'miedo a su reacción',
        'miedo de que se enoje',
        'miedo a que se enoje',
        'miedo de que se enfade',
        'miedo a que se enfade',
        'caminar sobre cáscaras de huevo',
        'camino sobre cáscaras de huevo',
      ],
    },
  ],
};
