import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../../platform/start-thread.js';
import type { QuoteDocument } from './render-quote-pdf.js';
import type { QuotePdfReply, QuotePdfRequest } from './render-quote-pdf.worker.js';

// Noto Sans (OFL, shipped by an npm package, not the system): Latin with Latvian diacritics and
// Cyrillic. pdfkit embeds only the glyphs used. The thread reads the files once.
const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

/** A thread with nothing to do ends after this long; the next quote starts another. */
const IDLE_MS = 30_000;
/** A render that takes longer than this is stuck: its thread is ended and the quote fails. */
const RENDER_TIMEOUT_MS = 30_000;

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/*
 * One shared thread, started on the first quote and kept while quotes come, rather than a thread per
 * render or a pool: starting a thread loads pdfkit and its font engine, which costs more than a render,
 * and quotes are made by people clicking a button, so one thread (renders queue in it) keeps up, and
 * the machine's other core stays with the HTTP thread. The thread is unref'd while idle (it never
 * holds the process open) and ends after IDLE_MS without work.
 */
let thread: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Rejects every render waiting on `worker` and forgets it, so the next quote starts a new thread. */
function abandon(worker: Worker, err: Error) {
  if (thread !== worker) return;
  thread = undefined;
  for (const p of pending.values()) {
    clearTimeout(p.timer);
    p.reject(err);
  }
  pending.clear();
  void worker.terminate();
}

function settle(id: number, outcome: { pdf: Buffer } | { error: Error }) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  clearTimeout(p.timer);
  if ('pdf' in outcome) p.resolve(outcome.pdf);
  else p.reject(outcome.error);
  if (pending.size === 0 && thread) goIdle(thread);
}

function goIdle(worker: Worker) {
  worker.unref();
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (thread !== worker || pending.size > 0) return;
    thread = undefined;
    void worker.terminate();
  }, IDLE_MS).unref();
}

function currentThread(): Worker {
  if (thread) return thread;
  const worker = startThread(import.meta.url, 'render-quote-pdf.worker', null);
  worker.on('message', (m: QuotePdfReply) =>
    settle(
      m.id,
      'pdf' in m
        ? { pdf: Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength) }
        : { error: new Error(`Quote PDF rendering failed: ${m.error}`) },
    ),
  );
  worker.on('error', (err) => abandon(worker, new Error(`Quote PDF thread failed: ${err.message}`)));
  worker.on('exit', (code) => abandon(worker, new Error(`Quote PDF thread exited with code ${code}`)));
  thread = worker;
  return worker;
}

/**
 * Renders a quote (`renderQuotePdf`) in the quote thread, so the tens of milliseconds pdfkit takes do
 * not hold the HTTP thread. Input is plain data (the logo as bytes); a failure in the thread rejects
 * with an Error saying so.
 */
export function renderQuotePdfInThread(doc: QuoteDocument): Promise<Buffer> {
  const worker = currentThread();
  clearTimeout(idleTimer);
  worker.ref();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(
      () => abandon(worker, new Error(`Quote PDF rendering took over ${RENDER_TIMEOUT_MS} ms`)),
      RENDER_TIMEOUT_MS,
    );
    pending.set(id, { resolve, reject, timer });
    worker.postMessage({ id, doc, fonts: FONTS } satisfies QuotePdfRequest);
  });
}
