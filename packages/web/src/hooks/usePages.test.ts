import { describe, expect, it } from 'vitest';
import { appendPage } from './usePages.ts';

const id = (item: { id: string }) => item.id;
const items = (...ids: string[]) => ids.map((x) => ({ id: x }));

describe('appendPage', () => {
  it('puts the next page after what is shown', () => {
    expect(appendPage(items('a', 'b'), items('c', 'd'), id)).toEqual(items('a', 'b', 'c', 'd'));
  });

  it('leaves out an item already shown (a page shifted by one added meanwhile)', () => {
    expect(appendPage(items('a', 'b'), items('b', 'c'), id)).toEqual(items('a', 'b', 'c'));
  });

  it('keeps what is shown when the page is empty', () => {
    expect(appendPage(items('a'), [], id)).toEqual(items('a'));
  });
});
