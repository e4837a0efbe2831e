import { describe, expect, it } from 'vitest';
import { filterZones, zoneOptions } from './timezones.ts';

const at = new Date('2026-12-05T12:00:00Z');

describe('the time-zone picker’s options', () => {
  const options = zoneOptions('UTC', 'Asia/Jerusalem', at);

  it('puts the viewer’s zone first and names every zone in words', () => {
    expect(options[0]).toMatchObject({
      zone: 'Asia/Jerusalem',
      label: 'Jerusalem — Israel Time (UTC+2)',
    });
    expect(options.filter((o) => o.zone === 'Asia/Jerusalem')).toHaveLength(1);
    expect(options.find((o) => o.zone === 'America/Buenos_Aires')?.label).toBe(
      'Buenos Aires — Argentina Standard Time (UTC−3)',
    );
    expect(options.some((o) => o.label.includes('_'))).toBe(false);
  });

  it('keeps a zone the browser does not list when it is the current one', () => {
    expect(zoneOptions('Etc/GMT+5', 'UTC', at).map((o) => o.zone)).toContain('Etc/GMT+5');
  });

  it('finds zones by place, name, offset or id, ignoring case and accents', () => {
    expect(filterZones(options, 'israel').map((o) => o.zone)).toContain('Asia/Jerusalem');
    expect(filterZones(options, 'NEW york').map((o) => o.zone)).toContain('America/New_York');
    expect(filterZones(options, 'sao paulo').map((o) => o.zone)).toContain('America/Sao_Paulo');
    expect(filterZones(options, 'utc-3').map((o) => o.zone)).toContain('America/Buenos_Aires');
    expect(filterZones(options, 'america/buenos').map((o) => o.zone)).toEqual([
      'America/Buenos_Aires',
    ]);
    expect(filterZones(options, 'nowhere at all')).toEqual([]);
    expect(filterZones(options, '  ')).toHaveLength(options.length);
  });
});
