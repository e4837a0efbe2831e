import { describe, expect, it } from 'vitest';
import {
  clockTime,
  momentOf,
  zoneCity,
  zonedDateTime,
  zonedTime,
  zoneLabel,
  zoneName,
  zoneOffset,
} from './times.ts';

// 5 December 2026, 19:30 UTC: 21:30 in Jerusalem (UTC+2), 19:30 in London (UTC+0).
const winter = new Date('2026-12-05T19:30:00Z');
// 1 July 2026, 18:30 UTC: 21:30 in Jerusalem (UTC+3), 19:30 in London (UTC+1).
const summer = new Date('2026-07-01T18:30:00Z');

describe('the time rule', () => {
  it('names a zone in words, never as its IANA id', () => {
    expect(zoneName('Asia/Jerusalem', winter)).toBe('Israel Time');
    expect(zoneName('America/New_York', winter)).toBe('Eastern Time');
    expect(zoneName('UTC', winter)).toBe('Coordinated Universal Time');
    expect(zoneName('Etc/GMT+5', winter)).toBe('UTC−5');
    expect(zoneCity('America/Argentina/Buenos_Aires', winter)).toBe('Buenos Aires');
    expect(zoneOffset('Asia/Kathmandu', winter)).toBe('UTC+5:45');
    expect(zoneOffset('Europe/London', winter)).toBe('UTC+0');
    expect(zoneOffset('Europe/London', summer)).toBe('UTC+1');
  });

  it('labels a zone for the picker with its place, name and offset', () => {
    expect(zoneLabel('Asia/Jerusalem', winter)).toBe('Jerusalem — Israel Time (UTC+2)');
    expect(zoneLabel('America/New_York', summer)).toBe('New York — Eastern Time (UTC−4)');
    expect(zoneLabel('Etc/GMT-3', winter)).toBe('UTC+3');
    expect(zoneLabel('UTC', winter)).toBe('UTC — Coordinated Universal Time (UTC+0)');
  });

  it('shows a time in its own zone only, named, when the viewer’s clock reads the same', () => {
    expect(zonedTime(winter, 'Asia/Jerusalem', 'Asia/Jerusalem')).toBe('9:30 PM Israel Time');
    // Another zone, the same clock at this moment: one time is enough.
    expect(zonedTime(winter, 'Europe/London', 'Africa/Abidjan')).toBe(
      '7:30 PM United Kingdom Time',
    );
  });

  it('adds the viewer’s time, named, when it differs', () => {
    expect(zonedTime(winter, 'Asia/Jerusalem', 'Europe/London')).toBe(
      '9:30 PM Israel Time (7:30 PM United Kingdom Time for you)',
    );
    expect(zonedTime(summer, 'Asia/Jerusalem', 'Europe/London')).toBe(
      '9:30 PM Israel Time (7:30 PM United Kingdom Time for you)',
    );
  });

  it('names the viewer’s weekday when it is another day there', () => {
    expect(zonedTime(winter, 'Asia/Jerusalem', 'Pacific/Kiritimati')).toBe(
      '9:30 PM Israel Time (Sunday 9:30 AM Line Islands Time for you)',
    );
  });

  it('gives a moment its day in the time’s own zone, by the same rule', () => {
    expect(zonedDateTime(winter, 'Asia/Jerusalem', 'America/New_York')).toBe(
      'Saturday, December 5 at 9:30 PM Israel Time (2:30 PM Eastern Time for you)',
    );
  });

  it('finds the moment a wall-clock time stands for, on either side of a change of clocks', () => {
    expect(momentOf('21:30', 'Asia/Jerusalem', winter).toISOString()).toBe(
      '2026-12-05T19:30:00.000Z',
    );
    expect(momentOf('21:30', 'Asia/Jerusalem', summer).toISOString()).toBe(
      '2026-07-01T18:30:00.000Z',
    );
    // The day is the zone's own: 23:00 UTC on 5 December is already the 6th in Jerusalem.
    expect(
      momentOf('07:00', 'Asia/Jerusalem', new Date('2026-12-05T23:00:00Z')).toISOString(),
    ).toBe('2026-12-06T05:00:00.000Z');
    // Europe/London moves to summer time on 29 March 2026 at 01:00 UTC.
    expect(momentOf('09:00', 'Europe/London', new Date('2026-03-29T12:00:00Z')).toISOString()).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(clockTime(momentOf('09:00', 'Europe/London', winter), 'Europe/London')).toBe('9:00 AM');
  });
});
