import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { type QuoteDocument, renderQuotePdf } from './render-quote-pdf.js';

/** One render: the quote as plain data, and where its fonts are. */
export interface QuotePdfRequest {
  id: number;
  doc: QuoteDocument;
  fonts: { regular: string; bold: string };
}

/** The PDF bytes (transferred, not copied), or why rendering failed. */
export type QuotePdfReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

// Each font file is read once per thread; the thread lives across renders.
const fontFiles = new Map<string, Buffer>();
function font(file: string): Buffer {
  const known = fontFiles.get(file);
  if (known) return known;
  const bytes = fs.readFileSync(file);
  fontFiles.set(file, bytes);
  return bytes;
}

const port = parentPort!;
port.on('message', async (req: QuotePdfRequest) => {
  try {
    const pdf = await renderQuotePdf(req.doc, {
      regular: font(req.fonts.regular),
      bold: font(req.fonts.bold),
    });
    // A copy with its own ArrayBuffer, handed over without a second copy.
    const bytes = new Uint8Array(pdf);
    port.postMessage({ id: req.id, pdf: bytes } satisfies QuotePdfReply, [bytes.buffer]);
  } catch (err) {
    port.postMessage({ id: req.id, error: (err as Error).message ?? String(err) } satisfies QuotePdfReply);
  }
});
