/** Hindi messages of times and time zones: the translation of en-time.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enTime } from './en-time.ts';

export const hiTime: CatalogueOf<typeof enTime> = {
  'time.inZone': '{time} {zone}',
  'time.forYou': '{own} (आपके यहाँ {viewer})',
  'time.dayAt': '{day}, {time}',
  'time.cityTime': '{city} का समय',
  'time.zone.search': 'खोजने के लिए कोई शहर, देश या टाइम ज़ोन लिखें',
  'time.zone.yours': 'आपका टाइम ज़ोन',
  'time.zone.list': 'मिलती-जुलती जगहें',
  'time.zone.none': '“{text}” से कोई टाइम ज़ोन नहीं मिला।',
  'time.zone.count': '{count, plural, one {# टाइम ज़ोन मिला।} other {# टाइम ज़ोन मिले।}}',
};
