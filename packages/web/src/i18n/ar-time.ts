/** Arabic messages of times and time zones: the translation of en-time.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enTime } from './en-time.ts';

export const arTime: CatalogueOf<typeof enTime> = {
  'time.inZone': '{time} {zone}',
  'time.forYou': '{own} ({viewer} بتوقيتك)',
  'time.dayAt': '{day}، الساعة {time}',
  'time.cityTime': 'توقيت {city}',
  'time.zone.search': 'للبحث، يمكنك كتابة اسم مدينة أو بلد أو منطقة زمنية',
  'time.zone.yours': 'منطقتك الزمنية',
  'time.zone.list': 'أماكن مطابقة',
  'time.zone.none': 'لا توجد منطقة زمنية تطابق «{text}».',
  'time.zone.count':
    '{count, plural, zero {لا توجد منطقة زمنية مطابقة.} one {توجد منطقة زمنية واحدة مطابقة.} two {توجد منطقتان زمنيتان مطابقتان.} few {توجد # مناطق زمنية مطابقة.} many {توجد # منطقةً زمنيةً مطابقة.} other {توجد # منطقة زمنية مطابقة.}}',
};
