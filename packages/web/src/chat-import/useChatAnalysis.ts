import type { ChatReport } from '@recipro/chat';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_CHAT_BYTES, type ImportErrorCode, type WorkerReply } from './protocol.ts';

export type AnalysisState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'reading' | 'done';
      /** Counts the files read on this page, so each result is a fresh one. */
      readonly run: number;
      readonly fileName: string;
      readonly size: number;
      readonly bytesRead: number;
      readonly report?: ChatReport;
    }
  | { readonly status: 'failed'; readonly fileName: string; readonly code: ImportErrorCode };

/**
 * Reads a chosen file in a Worker (worker.ts) and follows its progress. A new file stops the
 * reading of the one before; leaving the page stops it too.
 */
export function useChatAnalysis() {
  const [state, setState] = useState<AnalysisState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const runs = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const analyze = useCallback(
    (file: File) => {
      stop();
      const { name: fileName, size } = file;
      if (size === 0) return setState({ status: 'failed', fileName, code: 'empty' });
      if (size > MAX_CHAT_BYTES) return setState({ status: 'failed', fileName, code: 'too_large' });
      const run = ++runs.current;
      setState({ status: 'reading', run, fileName, size, bytesRead: 0 });
      const current = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.current = current;
      current.onmessage = (event: MessageEvent<WorkerReply>) => {
        const message = event.data;
        if (message.type === 'progress') {
          setState({ status: 'reading', run, fileName, size, bytesRead: message.bytesRead });
          return;
        }
        stop();
        setState(
          message.type === 'done'
            ? { status: 'done', run, fileName, size, bytesRead: size, report: message.report }
            : { status: 'failed', fileName, code: message.code },
        );
      };
      current.onerror = (event) => {
        event.preventDefault();
        stop();
        setState({ status: 'failed', fileName, code: 'unexpected' });
      };
      current.postMessage({ file, maxBytes: MAX_CHAT_BYTES });
    },
    [stop],
  );

  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return { state, analyze, reset };
}
