// Baseline: whatsapp-chat-parser 4.0.2's parseString on the whole file, as its README shows.
// Plain JavaScript run by node itself, so that no loader's start-up is counted in it.
import { readFileSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';

const messages = parseString(readFileSync(process.argv[2], 'utf8'));
console.log(JSON.stringify({ messages: messages.length }));
