import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { PermanentJobError } from '../../platform/jobs/job-handler.js';
import { failRunForWebhook, type WebhookRun } from './webhook-failure.js';

export const WEBHOOK_JOB = 'automation.webhook';
const TIMEOUT_MS = 10_000;

export interface WebhookPayload {
  url: string;
  method: string;
  body: unknown;
  run?: WebhookRun;
}

/**
 * Calls a rule's webhook. A 5xx, 429 or network error throws (the job retries with backoff); any
 * other 4xx is permanent. The job id goes out as `Idempotency-Key` so receivers can drop repeats.
 * When it fails for good (permanent, or the last attempt) the rule's run turns `failed` and the
 * people who can fix the rule are told, as for an action that fails in the run itself.
 */
export const webhookJob: JobHandler<WebhookPayload> = {
  type: WEBHOOK_JOB,
  async handle(job, { ctx, signal }) {
    try {
      return await callWebhook(job.id, job.payload, signal);
    } catch (err) {
      const final = err instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      if (final && job.payload.run) {
        await failRunForWebhook(ctx, job.payload.run, err instanceof Error ? err.message : String(err));
      }
      throw err;
    }
  },
};

async function callWebhook(jobId: string, payload: WebhookPayload, signal: AbortSignal) {
  const { url, method, body } = payload;
  if (!/^https?:\/\//i.test(url)) throw new PermanentJobError(`not an http(s) URL: ${url}`);
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        'content-type': 'application/json',
        'idempotency-key': jobId,
        'user-agent': 'Rapport-Automation',
      },
      body: method === 'GET' ? undefined : JSON.stringify(body),
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
  } catch (err) {
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a timeout) is its cause.
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    throw new Error(`webhook ${url} unreachable: ${reason}`);
  }
  await res.body?.cancel();
  if (res.status >= 500 || res.status === 429) throw new Error(`webhook ${url} answered ${res.status}`);
  if (res.status >= 400) throw new PermanentJobError(`webhook ${url} answered ${res.status}`);
  return { status: res.status };
}
