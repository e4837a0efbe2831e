// Counting a large WhatsApp export on several threads: this thread reads the head of the file
// and plans the rest as segments (@recipro/chat's analyzeHead); then it and the workers take
// segments one at a time from a shared counter, and the parts are appended in file order.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  analyzeHead,
  analyzeSegment,
  ChatParseError,
  isChatParseError,
  type AccumulatorPart,
  type AnalyzeOptions,
  type ChatErrorCode,
  type ChatReport,
  type RandomAccessBytes,
  type SplitPlan,
} from '@recipro/chat';

/** Segment size: small enough that the threads finish close together, large enough to be cheap. */
const CHUNK_BYTES = 512 * 1024;

/** Smaller files are counted on this thread alone: a worker would start about as late as it ends. */
const SPLIT_FROM_BYTES = 4 * CHUNK_BYTES;

/** What a worker is started with. */
interface WorkerStart {
  readonly path: string;
  /** [0]: the next segment to take; [1]: 1 once a segment failed (take no more). */
  readonly claims: SharedArrayBuffer;
}

/** A segment that could not be read, as bad input. */
interface SegmentError {
  readonly index: number;
  readonly code: ChatErrorCode;
  readonly detail: string | undefined;
}

/** What each thread counted. */
interface Counted {
  readonly parts: [number, AccumulatorPart][];
  readonly error: SegmentError | null;
}

/**
 * The report of the export at `path`, counted on up to `threads` threads (this one included).
 * The same report as analyzeChat over the file's bytes.
 */
export async function analyzeOnThreads(
  path: string,
  options: AnalyzeOptions,
  threads: number,
): Promise<ChatReport> {
  const file = openFile(path);
  const claims = new SharedArrayBuffer(8);
  const workers: Worker[] = [];
  try {
    // Started first: a worker takes some 30 ms to load, while the head is read.
    if (file.size >= SPLIT_FROM_BYTES) {
      for (let k = 1; k < threads; k++) workers.push(startWorker({ path, claims }));
    }
    const head = await analyzeHead(file, options, CHUNK_BYTES);
    const plan = head.plan;
    if (plan === null) return head.report([]);
    const counter = new Int32Array(claims);
    Atomics.store(counter, 0, plan.first);
    const results = workers.map((w) => resultOf(w, plan));
    const progress = options.onProgress;
    const mine = countSegments(file, plan, counter, (next) =>
      progress?.(Math.min(file.size, next * plan.chunkBytes)),
    );
    // When this thread took every segment taken, the workers have nothing to send.
    const taken = Math.min(Atomics.load(counter, 0), plan.end) - plan.first;
    const alone = mine.parts.length + (mine.error === null ? 0 : 1) === taken;
    const counted = alone ? [mine] : [mine, ...(await Promise.all(results))];

    const errors = counted.flatMap((c) => (c.error === null ? [] : [c.error]));
    if (errors.length > 0) {
      // The first bad segment in the file is the one reading it in order would have met.
      const first = errors.reduce((a, b) => (b.index < a.index ? b : a));
      throw new ChatParseError(first.code, first.detail);
    }
    const parts = new Map(counted.flatMap((c) => c.parts));
    const ordered: AccumulatorPart[] = [];
    for (let i = plan.first; i < plan.end; i++) {
      // A worker that died took its segment with it: count it here.
      ordered.push(parts.get(i) ?? analyzeSegment(file, plan, i));
    }
    return head.report(ordered);
  } finally {
    for (const w of workers) void w.terminate();
    file.close();
  }
}

/** Takes segments from `counter` until none is left, or one fails here or elsewhere. */
function countSegments(
  file: RandomAccessBytes,
  plan: SplitPlan,
  counter: Int32Array,
  onSegment?: (next: number) => void,
): Counted {
  const parts: [number, AccumulatorPart][] = [];
  while (Atomics.load(counter, 1) === 0) {
    const index = Atomics.add(counter, 0, 1);
    if (index >= plan.end) break;
    try {
      parts.push([index, analyzeSegment(file, plan, index)]);
    } catch (error) {
      if (!isChatParseError(error)) throw error;
      Atomics.store(counter, 1, 1);
      return { parts, error: { index, code: error.code, detail: error.detail } };
    }
    onSegment?.(index + 1);
  }
  return { parts, error: null };
}

/**
 * Starts a worker thread running {@link runAnalyzeWorker} from this very module: the bundle
 * `recipro analyze` runs from (which exports it), or this source file through tsx.
 */
function startWorker(start: WorkerStart): Worker {
  const module = import.meta.url;
  // The ES-module entry of tsx's API: its CommonJS one cannot register hooks in a worker.
  const tsx = module.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  const bootstrap = `
    const { workerData } = require('node:worker_threads');
    (async () => {
      if (workerData.tsx !== null) (await import(workerData.tsx)).register();
      (await import(workerData.module)).runAnalyzeWorker();
    })();`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { ...start, module, tsx } });
  // A worker that fails to start counts nothing; this thread then counts everything.
  worker.on('error', () => {});
  return worker;
}

/** What a worker counted, once it is told the plan; nothing when it fails or exits. */
function resultOf(worker: Worker, plan: SplitPlan): Promise<Counted> {
  const none: Counted = { parts: [], error: null };
  return new Promise((resolve) => {
    worker.once('message', (counted: Counted) => resolve(counted));
    worker.once('error', () => resolve(none));
    worker.once('exit', () => resolve(none));
    worker.postMessage(plan);
  });
}

/** The worker's side: waits for the plan, counts segments, sends back what it counted. */
export function runAnalyzeWorker(): void {
  const port = parentPort;
  if (port === null) return;
  const start = workerData as WorkerStart;
  port.once('message', (plan: SplitPlan) => {
    const file = openFile(start.path);
    try {
      port.postMessage(countSegments(file, plan, new Int32Array(start.claims)));
    } finally {
      file.close();
    }
  });
}

/** The file at `path`, read at any offset. */
function openFile(path: string): RandomAccessBytes & { close(): void } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length, into) {
      const n = Math.max(0, Math.min(length, size - offset));
      const bytes = into && into.length >= n ? into.subarray(0, n) : Buffer.allocUnsafe(n);
      let got = 0;
      while (got < bytes.length) {
        const n = readSync(fd, bytes, got, bytes.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return bytes.subarray(0, got);
    },
    close: () => closeSync(fd),
  };
}
