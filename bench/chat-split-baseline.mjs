// Baseline: read the file as a stream, decode it and split it into lines. Nothing else.
// Plain JavaScript run by node itself, so that no loader's start-up is counted in it.
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

const file = process.argv[2];
const decoder = new TextDecoder();
let rest = '';
let lines = 0;
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
  const text = rest + decoder.decode(chunk, { stream: true });
  const parts = text.split('\n');
  rest = parts.pop() ?? '';
  lines += parts.length;
}
if (rest.length > 0) lines++;
console.log(JSON.stringify({ lines }));
