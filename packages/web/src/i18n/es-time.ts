/** Spanish messages of times and time zones: the translation of en-time.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enTime } from './en-time.ts';

export const esTime: CatalogueOf<typeof enTime> = {
  'time.inZone': '{time} {zone}',
  'time.forYou': '{own} ({viewer} para ti)',
  'time.dayAt': '{day}, {time}',
  'time.cityTime': 'hora de {city}',
  'time.zone.search': 'Escribe una ciudad, un país o una zona para buscar',
  'time.zone.yours': 'Tu zona horaria',
  'time.zone.list': 'Lugares que coinciden',
  'time.zone.none': 'Ninguna zona horaria coincide con «{text}».',
  'time.zone.count':
    '{count, plural, one {Coincide # zona horaria.} other {Coinciden # zonas horarias.}}',
};
