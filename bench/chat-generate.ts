// Writes a synthetic Android WhatsApp export: `count` messages between a few people, with
// multi-line bodies, media and deleted placeholders, questions and thanks, over many days.
// Deterministic (a fixed-seed generator), so every run measures the same bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const people = ['Asha Rao', "Tom O'Neill", 'Priya 🌸', 'Dev'];
const words =
  'the a we you it is was on in for to and of my your home tonight later soon call dinner kids mum dad doctor school shop milk bread train late early work tired happy love okay sure really'.split(
    ' ',
  );
const endings = ['.', '!', '?', '', ' 😊', ' thanks!', ' sorry'];

/** A tiny deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Generates the export into `file`; resolves with its size in bytes. */
export async function generateAndroidExport(file: string, count: number): Promise<number> {
  const out = createWriteStream(file);
  const random = rng(42);
  let minutes = Date.UTC(2019, 0, 1) / 60_000;
  let size = 0;
  let buffer = '';
  for (let i = 0; i < count; i++) {
    minutes += random() < 0.05 ? Math.floor(random() * 900) : Math.floor(random() * 4);
    const d = new Date(minutes * 60_000);
    const header = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} - `;
    const author = people[Math.floor(random() * people.length)]!;
    const roll = random();
    let body: string;
    if (roll < 0.04) body = '<Media omitted>';
    else if (roll < 0.05) body = 'This message was deleted';
    else {
      const n = 2 + Math.floor(random() * 9);
      const parts: string[] = [];
      for (let w = 0; w < n; w++) parts.push(words[Math.floor(random() * words.length)]!);
      body = parts.join(' ') + endings[Math.floor(random() * endings.length)];
      if (random() < 0.03)
        body += `\n${words[Math.floor(random() * words.length)]} on a second line`;
    }
    buffer += `${header}${author}: ${body}\n`;
    if (buffer.length > 1 << 16) {
      size += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  size += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return size;
}
