import { describe, expect, it } from 'vitest';
import { actsFileName, exportFileName, fileSlug } from './export-file-names.ts';

describe('export file names', () => {
  it('names the export by its UTC date', () => {
    expect(exportFileName('2024-03-09T23:59:59.999Z')).toBe('recipro-export-2024-03-09.json');
  });

  it("names a circle's acts by a slug of its name", () => {
    const circle = { id: '0b5e6c1e-7f3a-4c1d-9a51-2f1c9d3e8a77', name: 'Asha & Ben' };
    expect(actsFileName(circle, '2024-03-09T10:00:00.000Z')).toBe(
      'recipro-acts-asha-ben-2024-03-09.csv',
    );
  });

  it('keeps only ASCII letters, digits and hyphens', () => {
    expect(fileSlug('Café "Zoë" & Co.', 'x')).toBe('cafe-zoe-co');
    expect(fileSlug('  --Team 42--  ', 'x')).toBe('team-42');
    expect(fileSlug('a'.repeat(100), 'x')).toHaveLength(60);
  });

  it('falls back (to the circle id) when nothing of the name is left', () => {
    expect(fileSlug('💞', 'the-id')).toBe('the-id');
    expect(fileSlug('家族', 'the-id')).toBe('the-id');
    expect(fileSlug('"\r\n;', 'the-id')).toBe('the-id');
  });
});
