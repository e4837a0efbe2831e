/** Times and time zones (the rule lives in times.ts). */
export const enTime = {
  'time.inZone': '{time} {zone}',
  'time.forYou': '{own} ({viewer} for you)',
  'time.dayAt': '{day} at {time}',
  'time.cityTime': '{city} time',
  'time.zone.search': 'Type a city, country or zone to search',
  'time.zone.yours': 'Your time zone',
  'time.zone.list': 'Matching places',
  'time.zone.none': 'No time zone matches “{text}”.',
  'time.zone.count': '{count, plural, one {# time zone matches.} other {# time zones match.}}',
} as const;
