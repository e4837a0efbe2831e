/**
 * The app's line icons, drawn for recipro on a 24×24 grid as stroke paths (see Icon.tsx). Dots
 * are zero-length segments that the round line caps turn into circles.
 */

/** A full circle as a path. */
const ring = (cx: number, cy: number, r: number): string =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

const heart =
  'M12 20s-7.5-4.6-7.5-10.3A4.2 4.2 0 0 1 12 7.2a4.2 4.2 0 0 1 7.5 2.5C19.5 15.4 12 20 12 20z';
const house = ['M3.5 11.5 12 4.5l8.5 7', 'M6 9.8V20h12V9.8', 'M10 20v-5h4v5'];

export const ICONS = {
  practical: [
    'M5 9.5h11v3.5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z',
    'M16 10.5h1.3a2.2 2.2 0 0 1 0 4.4H16',
    'M8.5 3.5c-.8.9-.8 2 0 3',
    'M12 3.5c-.8.9-.8 2 0 3',
    'M4 21h13',
  ],
  emotional: [ring(12, 12, 9), 'M8.3 14.2a4.6 4.6 0 0 0 7.4 0', 'M9 9.6h.01', 'M15 9.6h.01'],
  communication: ['M4 5.5h16V16h-9.5l-5 3.8V16H4z', 'M8 9.3h8', 'M8 12.3h5'],
  affection: [heart],
  intimacy: [ring(9, 12, 5.5), ring(15, 12, 5.5)],
  quality_time: [ring(12, 12, 9), 'M12 7v5l3.2 2'],
  respect: [
    'M12 3l7.5 3v5.5c0 4.8-3.3 8.2-7.5 9.5-4.2-1.3-7.5-4.7-7.5-9.5V6z',
    'M9 12l2.2 2.2L15.5 10',
  ],
  repair: [
    'M4.5 12a7.5 7.5 0 0 1 13.2-4.9',
    'M18.5 3.5v4h-4',
    'M19.5 12a7.5 7.5 0 0 1-13.2 4.9',
    'M5.5 20.5v-4h4',
  ],
  healing: [
    'M12 21v-9',
    'M12 12c0-4.2 2.6-7 7.5-7 0 4.6-2.6 7-7.5 7z',
    'M12 15.5c0-3.2-2.1-5.5-6.5-5.5 0 3.6 2.1 5.5 6.5 5.5z',
  ],
  future: [ring(12, 12, 9), 'M15.6 8.4l-2.1 5.1-5.1 2.1 2.1-5.1z'],
  appreciation: ['M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.8z'],
  mental_load: [
    'M4.5 6.5h15v13h-15z',
    'M4.5 10.5h15',
    'M8.5 4v4',
    'M15.5 4v4',
    'M8 14h.01',
    'M12 14h.01',
    'M16 14h.01',
    'M8 17h.01',
    'M12 17h.01',
  ],
  couple: [heart],
  family: house,
  friends: [
    ring(12, 12, 4),
    'M12 2.5v2.5',
    'M12 19v2.5',
    'M2.5 12H5',
    'M19 12h2.5',
    'M5.3 5.3l1.8 1.8',
    'M16.9 16.9l1.8 1.8',
    'M5.3 18.7l1.8-1.8',
    'M16.9 7.1l1.8-1.8',
  ],
  team: [ring(8, 8, 3), ring(16, 8, 3), 'M3 19.5a5 5 0 0 1 10 0', 'M11 19.5a5 5 0 0 1 10 0'],
  home: house,
  gave: ['M7 17 17 7', 'M9 7h8v8'],
  received: ['M17 7 7 17', 'M15 17H7V9'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  checkin: ['M8.5 4h7v3h-7z', 'M8.5 5.5H5.5V21h13V5.5h-3', 'M9 14l2.3 2.3L15.5 12'],
  reflect: [
    'M4 5.5c2.7-1 5.3-.7 8 1v13c-2.7-1.7-5.3-2-8-1z',
    'M20 5.5c-2.7-1-5.3-.7-8 1v13c2.7-1.7 5.3-2 8-1z',
  ],
  express: [
    'M4 5.5h16V16h-9.5l-5 3.8V16H4z',
    'M12 13.2s-3-1.7-3-3.8a1.5 1.5 0 0 1 3-.6 1.5 1.5 0 0 1 3 .6c0 2.1-3 3.8-3 3.8z',
  ],
  observe: [
    'M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z',
    ring(12, 12, 3),
  ],
  balance: ['M3 12c2-4.5 4-4.5 6 0s4 4.5 6 0 4-4.5 6 0', 'M3 19h18', 'M3 5h18'],
  chatImport: ['M4 5.5h16V16h-9.5l-5 3.8V16H4z', 'M12 7.5v5.5', 'M9.5 10.8 12 13.3l2.5-2.5'],
  together: ['M4.5 8.5h14', 'M15.5 5.5l3 3-3 3', 'M19.5 15.5h-14', 'M8.5 12.5l-3 3 3 3'],
  settings: ['M4 7h8', 'M17 7h3', ring(14.5, 7, 2.5), 'M4 17h3', 'M12 17h8', ring(9.5, 17, 2.5)],
  download: ['M12 4v11', 'M7.5 10.5 12 15l4.5-4.5', 'M5 19.5h14'],
  bell: ['M6.5 16.5V11a5.5 5.5 0 0 1 11 0v5.5l1.5 2H5z', 'M10 21h4', 'M12 3.5v2'],
  rituals: ['M4.5 6h15v14h-15z', 'M4.5 10.5h15', 'M8.5 3.5v4', 'M15.5 3.5v4', 'M12 15h.01'],
  more: [ring(5.5, 12, 1.4), ring(12, 12, 1.4), ring(18.5, 12, 1.4)],
  guide: ['M6 3.5h8.5l3.5 3.5v13.5H6z', 'M14.5 3.5V7H18', 'M9 11.5h6', 'M9 14.5h6', 'M9 17.5h3.5'],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;
