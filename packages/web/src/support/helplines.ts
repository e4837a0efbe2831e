/**
 * Help lines by country, shown on the Support page. Each entry's `source` is a page that states
 * its number: the organisation's own where one could be found, otherwise a government page or a
 * news report of the organisation's or the government's own announcement. Numbers are written as
 * people in that country dial them. Keep the list short and well known; check an entry at its
 * source before changing it. What a line is for is a `purpose`, worded in i18n
 * (`support.purpose.*`).
 *
 * Each number was checked against its `source` for issue 12. The emergency numbers are the
 * countries' well-known ones and carry no source of their own. What could not be checked is
 * said beside the entry.
 */

export type HelplinePurpose =
  'abuse' | 'abuseWomen' | 'abuseMen' | 'crisis' | 'directory' | 'counselling';

export interface Helpline {
  /** The organisation's or the service's own name. */
  readonly name: string;
  readonly purpose: HelplinePurpose;
  /** To call, as dialled in the country. */
  readonly phone?: string;
  /** To send a text message to, with the message to send when one is needed. */
  readonly text?: string;
  readonly url?: string;
  /** A page that states this entry's number (or, without a number, that the service exists). */
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
        // The U.S. Department of Justice's Office for Victims of Crime.
        source:
          'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      },
      {
        name: '988 Suicide & Crisis Lifeline',
        purpose: 'crisis',
        phone: '988',
        text: '988',
        url: 'https://988lifeline.org',
        // A California state page ("call or text 988"); 988lifeline.org itself could not be read.
        source:
          'https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/',
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
        source:
          'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
      },
      {
        name: "Men's Advice Line (Respect)",
        purpose: 'abuseMen',
        // Written 0808 8010 327 here before; the same digits, grouped as the line's own leaflets
        // and the Scottish Government's launch notice group them.
        phone: '0808 801 0327',
        url: 'https://mensadviceline.org.uk',
        // A domestic abuse charity's page naming both national helplines; Respect's own pages
        // could not be read.
        source: 'https://www.centre56.org.uk/domestic-abuse',
      },
      {
        name: 'Samaritans',
        purpose: 'crisis',
        phone: '116 123',
        url: 'https://www.samaritans.org',
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
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
        source: 'https://sheltersafe.ca/about-shelters/',
      },
      {
        name: '9-8-8: Suicide Crisis Helpline',
        purpose: 'crisis',
        phone: '988',
        text: '988',
        url: 'https://988.ca',
        // The Canadian Mental Health Association (Kelowna) quoting the launch notice by CAMH,
        // which runs 9-8-8.
        source: 'https://cmhakelowna.com/blog/canadas-9-8-8-suicide-crisis-helpline-launches',
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
        text: '0458 737 732',
        url: 'https://www.1800respect.org.au',
        source: 'https://www.1800respect.org.au/terms-and-conditions',
      },
      {
        name: 'Lifeline Australia',
        purpose: 'crisis',
        phone: '13 11 14',
        text: '0477 13 11 14',
        url: 'https://www.lifeline.org.au',
        source:
          'https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-247-to-help-more-in-need/',
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
        // Since November 2025 the short code 14490 reaches the same helpline (same source).
        phone: '7827170170',
        url: 'https://ncw.nic.in',
        // A news report of the Commission's own notice; ncw.nic.in could not be read.
        source: 'https://theindiapost.com/?p=5447',
      },
      {
        name: 'Tele-MANAS',
        purpose: 'crisis',
        // Also 1-800-891-4416 (same source).
        phone: '14416',
        url: 'https://telemanas.mohfw.gov.in',
        // A news report of the Ministry of Health and Family Welfare's statement;
        // telemanas.mohfw.gov.in could not be read.
        source:
          'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
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
        source:
          'https://www.womensaid.ie/about/newsevents/news/2009/11/30/supporting-a-friend-sinead-desmond-launches-the-wo/',
      },
      {
        name: 'Samaritans Ireland',
        purpose: 'crisis',
        phone: '116 123',
        url: 'https://www.samaritans.org/ireland',
        source:
          'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
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
        // A news report of the Ministry's figures for 2025; the Ministry's page could not be read.
        source:
          'https://elmirondesoria.es/nacional/politica/el-servicio-016-recibe-59-317-consultas-de-enero-a-junio',
      },
      {
        name: '024 Línea de atención a la conducta suicida',
        purpose: 'crisis',
        phone: '024',
        url: 'https://www.sanidad.gob.es',
        // RTVE's report of the Ministry of Health presenting the line.
        source:
          'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
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
        // NOT VERIFIED: the number listed here before (800 822 4460) could not be found on the
        // network's own site or any official page, so it is left out until someone checks it
        // there. The site itself is the network's own.
        url: 'https://rednacionalderefugios.org.mx',
        source: 'https://rednacionalderefugios.org.mx/en/category/home/page/2',
      },
      {
        name: 'Línea de la Vida',
        purpose: 'crisis',
        // Run today by CONASAMA (which took over from CONADIC); the old CONADIC page is no
        // longer named as its site.
        phone: '800 911 2000',
        source:
          'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
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
        source: 'https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html',
      },
      {
        name: 'TelefonSeelsorge',
        purpose: 'crisis',
        // Also 0800 111 0 222 (same source).
        phone: '0800 111 0 111',
        url: 'https://www.telefonseelsorge.de',
        source: 'https://www.domradio.de/glossar/telefonseelsorge-0',
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
        // TF1's list of the lines (2023: free, 24 hours a day); the government page could not be
        // read.
        source:
          'https://www.tf1info.fr/societe/journee-internationale-de-lutte-conte-les-violences-faites-aux-femmes-ces-numeros-de-telephone-utiles-qu-il-faut-connaitre-2277414.html',
      },
      {
        name: '3114 Numéro national de prévention du suicide',
        purpose: 'crisis',
        phone: '3114',
        url: 'https://3114.fr',
        source: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
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
    source: 'https://findahelpline.com/AU',
  },
  {
    name: 'Hot Peach Pages',
    purpose: 'directory',
    url: 'https://www.hotpeachpages.net',
    source: 'https://www.hotpeachpages.net/a/HPParticle.htm',
  },
];

/**
 * Where to find couples, family and relationship counselling, by country, for "Talking to a
 * counsellor" (issue 18): a national service or a professional body's directory, each with a page
 * that states what it offers. Countries without one checked here get the Support page's lines
 * and the international directories. For Spain, Mexico and India no national service or
 * directory could be confirmed at a source (the Spanish family therapy federation, FEATF, and
 * India's Family Counselling Centres were looked at): add one only once it is checked.
 */
export const COUNSELLING: readonly {
  readonly country: string;
  readonly lines: readonly Helpline[];
}[] = [
  {
    country: 'US',
    lines: [
      {
        name: 'AAMFT TherapistLocator',
        purpose: 'counselling',
        url: 'https://www.therapistlocator.net',
        // The U.S. Department of Health and Human Services' healthfinder: the AAMFT's on-line
        // directory of its clinical members.
        source: 'https://healthfinder.gov/FindServices/Organizations/Organization.aspx?code=HR2417',
      },
    ],
  },
  {
    country: 'GB',
    lines: [
      {
        name: 'Relate',
        purpose: 'counselling',
        url: 'https://www.relate.org.uk',
        // Relate's own page: counselling for couples, families and individuals across the UK.
        source: 'https://www.relate.org.uk/what-we-do/information-professionals',
      },
    ],
  },
  {
    country: 'CA',
    lines: [
      {
        name: 'Canadian Counselling and Psychotherapy Association',
        purpose: 'counselling',
        url: 'https://www.ccpa-accp.ca',
        // The Association's own membership page: its Canadian Certified Counsellors can be listed
        // in its directory of certified members.
        source: 'https://www.ccpa-accp.ca/membership/',
      },
    ],
  },
  {
    country: 'AU',
    lines: [
      {
        name: 'Family Relationships Online',
        purpose: 'counselling',
        url: 'https://www.familyrelationships.gov.au',
        // The Australian Government's own page on its Family Relationship Centres.
        source: 'https://familyrelationships.gov.au/talk-someone/centres',
      },
    ],
  },
  {
    country: 'IE',
    lines: [
      {
        name: 'Accord Catholic Marriage Care Service',
        purpose: 'counselling',
        url: 'https://www.accord.ie',
        // Accord's own page: counselling for couples and for individuals, about their marriages
        // and relationships. Accord is an agency of the Catholic Church in Ireland.
        source:
          'https://www.accord.ie/services/marriage-and-relationship-counselling/the-counselling-process',
      },
      {
        name: 'Irish Association for Counselling and Psychotherapy',
        purpose: 'counselling',
        url: 'https://iacp.ie',
        // The Association's own article in eolas Magazine: the public can search its accredited
        // members with "Find a Therapist" on iacp.ie.
        source: 'https://eolasmagazine.ie/iacp-celebrates-40th-anniversary',
      },
    ],
  },
  {
    country: 'DE',
    lines: [
      {
        name: 'pro familia',
        purpose: 'counselling',
        url: 'https://www.profamilia.de',
        // A dpa report (2018): some 180 pro familia counselling centres across Germany, for
        // questions of partnership and sexuality, marriage crises among them. The address is the
        // one pro familia's own pages are published at.
        source:
          'https://www.schwaebische.de/home_artikel,-sexualberatung-pro-familia-60-jahre-alt-_arid,5248673.html',
      },
    ],
  },
  {
    country: 'FR',
    lines: [
      {
        name: 'Association nationale des conseillers conjugaux et familiaux (ANCCEF)',
        purpose: 'counselling',
        url: 'https://anccef.fr',
        // The association's own page on what its members, couple and family counsellors, do. A
        // counsellor's own site (soelifa.fr) points readers to its directory of counsellors.
        source:
          'https://anccef.fr/la-vie-de-l-anccef/lanccef-au-quotidien/qui-sont-les-conseillers-conjugaux-et-familiaux-ccf-article-de-sylvie-calmels-ccf-a-albi-81',
      },
    ],
  },
];

export const counsellingFor = (country: string | undefined) =>
  COUNSELLING.find((entry) => entry.country === country)?.lines ?? [];

/** The number a `text` is sent to: "START to 88788" → "88788", "0477 13 11 14" → "0477131114". */
export const textTarget = (text: string): string =>
  (text.split(' to ').at(-1) ?? '').replace(/[^0-9+]/g, '');

export const helplinesFor = (country: string | undefined): CountryHelplines | undefined =>
  HELPLINES.find((entry) => entry.country === country);
