/// <reference lib="webworker" />
/**
 * Reads a chat export with `@recipro/chat` off the main thread. The file never leaves this
 * Worker: it streams the bytes into `analyzeChat` and posts back progress and the report only.
 */
import { analyzeChat, isChatParseError } from '@recipro/chat';
import type { AnalyzeRequest, WorkerReply } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Progress is posted at most this often (in per mille of the file), plus once at the end. */
const STEP = 10;

async function* chunks(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
  const { file, maxBytes } = event.data;
  let lastStep = -1;
  try {
    const report = await analyzeChat(chunks(file), {
      maxBytes,
      onProgress: (bytesRead) => {
        const step = Math.floor((bytesRead / Math.max(file.size, 1)) * 1000);
        if (step - lastStep >= STEP || bytesRead >= file.size) {
          lastStep = step;
          reply({ type: 'progress', bytesRead });
        }
      },
    });
    reply({ type: 'done', report });
  } catch (error) {
    reply({ type: 'failed', code: isChatParseError(error) ? error.code : 'unexpected' });
  }
};
