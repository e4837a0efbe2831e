import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAll, queryClient, READ_AHEAD_MS, readAheadOf, readNow } from './queries.ts';

/** A read that counts how often the server would be asked, answering 1, 2, 3… */
function counted(key: string) {
  let asked = 0;
  return {
    get asked() {
      return asked;
    },
    read: { key: [key], read: async () => (asked += 1) },
  };
}

describe('reading ahead', () => {
  afterEach(() => {
    forgetAll();
    queryClient.clear();
    vi.useRealTimers();
  });

  it('gives the screen that opens the answer read ahead for it, once', async () => {
    const circle = counted('circle');
    readAheadOf(circle.read);
    await expect(readNow(circle.read)).resolves.toBe(1);
    expect(circle.asked).toBe(1);
    // The next time the screen opens, it asks again.
    await expect(readNow(circle.read)).resolves.toBe(2);
  });

  it('asks the server when reading ahead, instead of trusting what the cache held', async () => {
    const acts = counted('acts');
    await readNow(acts.read);
    readAheadOf(acts.read);
    await expect(readNow(acts.read)).resolves.toBe(2);
  });

  it('does not use an answer read ahead longer ago than READ_AHEAD_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const summary = counted('summary');
    readAheadOf(summary.read);
    await new Promise((resolve) => setTimeout(resolve, 0)); // its answer is in
    vi.setSystemTime(Date.now() + READ_AHEAD_MS + 1);
    await expect(readNow(summary.read)).resolves.toBe(2);
  });

  it('asks once for a link passed over twice within a second', async () => {
    const circle = counted('circle-twice');
    readAheadOf(circle.read);
    await new Promise((resolve) => setTimeout(resolve, 0)); // its answer is in
    readAheadOf(circle.read);
    await expect(readNow(circle.read)).resolves.toBe(1);
    expect(circle.asked).toBe(1);
  });

  it('asks again when the read ahead failed', async () => {
    let asked = 0;
    const read = {
      key: ['failing'],
      read: async () => {
        asked += 1;
        if (asked === 1) throw new Error('offline');
        return 'answer';
      },
    };
    readAheadOf(read);
    await expect(readNow(read)).resolves.toBe('answer');
    expect(asked).toBe(2);
  });
});
