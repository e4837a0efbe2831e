/**
 * Help lines by country, shown on the Support page. Each entry names its `source`: the
 * organisation's own site, where its number can be checked. Numbers are written as people in
 * that country dial them. Keep the list short and well known; check an entry at its source
 * before changing it. What a line is for is a `purpose`, worded in i18n (`support.purpose.*`).
 */

export type HelplinePurpose = 'abuse' | 'abuseWomen' | 'abuseMen' | 'crisis' | 'directory';

export interface Helpline {
  /** The organisation's or the service's own name. */
  readonly name: string;
  readonly purpose: HelplinePurpose;
  /** To call, as dialled in the country. */
  readonly phone?: string;
  /** To send a text message to, with the message to send when one is needed. */
  readonly text?: string;
  readonly url?: string;
  /** Where this entry was checked: the organisation's own site. */
  readonly source: string;
}

export interface CountryHelplines {
  /** ISO 3166-1 alpha-2 region code. */
  readonly country: string;
  /** The number to call in an emergency. */
  readonly emergency: string;
  readonly lines: readonly Helpline[];
}

export const HELPLINES: readonly CountryHelplines[] = [
  {
    country: 'US',
    emergency: '911',
    lines: [
      {
        name: 'National Domestic Violence Hotline',
        purpose: 'abuse',
        phone: '1-800-799-7233',
        text: 'START to 88788',
        url: 'https://www.thehotline.org',
        source: 'https://www.thehotline.org',
      },
      {
        name: '988 Suicide & Crisis Lifeline',
        purpose: 'crisis',
        phone: '988',
        text: '988',
        url: 'https://988lifeline.org',
        source: 'https://988lifeline.org',
      },
    ],
  },
  {
    country: 'GB',
    emergency: '999',
    lines: [
      {
        name: 'National Domestic Abuse Helpline (Refuge)',
        purpose: 'abuse',
        phone: '0808 2000 247',
        url: 'https://www.nationaldahelpline.org.uk',
        source: 'https://www.nationaldahelpline.org.uk',
      },
      {
        name: "Men's Advice Line (Respect)",
        purpose: 'abuseMen',
        phone: '0808 8010 327',
        url: 'https://mensadviceline.org.uk',
        source: 'https://mensadviceline.org.uk',
      },
      {
        name: 'Samaritans',
        purpose: 'crisis',
        phone: '116 123',
        url: 'https://www.samaritans.org',
        source: 'https://www.samaritans.org',
      },
    ],
  },
  {
    country: 'CA',
    emergency: '911',
    lines: [
      {
        name: 'ShelterSafe (Women’s Shelters Canada)',
        purpose: 'abuseWomen',
        url: 'https://www.sheltersafe.ca',
        source: 'https://www.sheltersafe.ca',
      },
      {
        name: '9-8-8: Suicide Crisis Helpline',
        purpose: 'crisis',
        phone: '988',
        text: '988',
        url: 'https://988.ca',
        source: 'https://988.ca',
      },
    ],
  },
  {
    country: 'AU',
    emergency: '000',
    lines: [
      {
        name: '1800RESPECT',
        purpose: 'abuse',
        phone: '1800 737 732',
        url: 'https://www.1800respect.org.au',
        source: 'https://www.1800respect.org.au',
      },
      {
        name: 'Lifeline Australia',
        purpose: 'crisis',
        phone: '13 11 14',
        url: 'https://www.lifeline.org.au',
        source: 'https://www.lifeline.org.au',
      },
    ],
  },
  {
    country: 'IN',
    emergency: '112',
    lines: [
      {
        name: 'National Commission for Women helpline',
        purpose: 'abuseWomen',
        phone: '7827170170',
        url: 'https://ncw.nic.in',
        source: 'https://ncw.nic.in',
      },
      {
        name: 'Tele-MANAS',
        purpose: 'crisis',
        phone: '14416',
        url: 'https://telemanas.mohfw.gov.in',
        source: 'https://telemanas.mohfw.gov.in',
      },
    ],
  },
  {
    country: 'IE',
    emergency: '112 / 999',
    lines: [
      {
        name: "Women's Aid National Freephone Helpline",
        purpose: 'abuse',
        phone: '1800 341 900',
        url: 'https://www.womensaid.ie',
        source: 'https://www.womensaid.ie',
      },
      {
        name: 'Samaritans Ireland',
        purpose: 'crisis',
        phone: '116 123',
        url: 'https://www.samaritans.org/ireland',
        source: 'https://www.samaritans.org/ireland',
      },
    ],
  },
  {
    country: 'ES',
    emergency: '112',
    lines: [
      {
        name: '016 (Ministerio de Igualdad)',
        purpose: 'abuse',
        phone: '016',
        url: 'https://violenciagenero.igualdad.gob.es',
        source: 'https://violenciagenero.igualdad.gob.es',
      },
      {
        name: '024 Línea de atención a la conducta suicida',
        purpose: 'crisis',
        phone: '024',
        url: 'https://www.sanidad.gob.es',
        source: 'https://www.sanidad.gob.es',
      },
    ],
  },
  {
    country: 'MX',
    emergency: '911',
    lines: [
      {
        name: 'Red Nacional de Refugios',
        purpose: 'abuse',
        phone: '800 822 4460',
        url: 'https://rednacionalderefugios.org.mx',
        source: 'https://rednacionalderefugios.org.mx',
      },
      {
        name: 'Línea de la Vida',
        purpose: 'crisis',
        phone: '800 911 2000',
        url: 'https://www.gob.mx/salud/conadic',
        source: 'https://www.gob.mx/salud/conadic',
      },
    ],
  },
  {
    country: 'DE',
    emergency: '112',
    lines: [
      {
        name: 'Hilfetelefon Gewalt gegen Frauen',
        purpose: 'abuseWomen',
        phone: '116 016',
        url: 'https://www.hilfetelefon.de',
        source: 'https://www.hilfetelefon.de',
      },
      {
        name: 'TelefonSeelsorge',
        purpose: 'crisis',
        phone: '0800 111 0 111',
        url: 'https://www.telefonseelsorge.de',
        source: 'https://www.telefonseelsorge.de',
      },
    ],
  },
  {
    country: 'FR',
    emergency: '112',
    lines: [
      {
        name: '3919 Violences Femmes Info',
        purpose: 'abuseWomen',
        phone: '3919',
        url: 'https://arretonslesviolences.gouv.fr',
        source: 'https://arretonslesviolences.gouv.fr',
      },
      {
        name: '3114 Numéro national de prévention du suicide',
        purpose: 'crisis',
        phone: '3114',
        url: 'https://3114.fr',
        source: 'https://3114.fr',
      },
    ],
  },
];

/** For every country: directories that list help lines worldwide. */
export const INTERNATIONAL: readonly Helpline[] = [
  {
    name: 'Find A Helpline',
    purpose: 'directory',
    url: 'https://findahelpline.com',
    source: 'https://findahelpline.com',
  },
  {
    name: 'Hot Peach Pages',
    purpose: 'directory',
    url: 'https://www.hotpeachpages.net',
    source: 'https://www.hotpeachpages.net',
  },
];

export const helplinesFor = (country: string | undefined): CountryHelplines | undefined =>
  HELPLINES.find((entry) => entry.country === country);
