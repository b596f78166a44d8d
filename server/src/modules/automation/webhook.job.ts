import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { PermanentJobError } from '../../platform/jobs/job-handler.js';

export const WEBHOOK_JOB = 'automation.webhook';
const TIMEOUT_MS = 10_000;

export interface WebhookPayload {
  url: string;
  method: string;
  body: unknown;
}

/**
 * Calls a rule's webhook. A 5xx, 429 or network error throws (the job retries with backoff); any
 * other 4xx is permanent. The job id goes out as `Idempotency-Key` so receivers can drop repeats.
 */
export const webhookJob: JobHandler<WebhookPayload> = {
  type: WEBHOOK_JOB,
  async handle(job, { signal }) {
    const { url, method, body } = job.payload;
    if (!/^https?:\/\//i.test(url)) throw new PermanentJobError(`not an http(s) URL: ${url}`);
    const res = await fetch(url, {
      method,
      headers: {
        'content-type': 'application/json',
        'idempotency-key': job.id,
        'user-agent': 'Rapport-Automation',
      },
      body: method === 'GET' ? undefined : JSON.stringify(body),
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
    await res.body?.cancel();
    if (res.status >= 500 || res.status === 429) throw new Error(`webhook ${url} answered ${res.status}`);
    if (res.status >= 400) throw new PermanentJobError(`webhook ${url} answered ${res.status}`);
    return { status: res.status };
  },
};
