import crypto from 'node:crypto';

/** 32 random bytes, base64url: session tokens and API key secrets. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** What we store instead of a token: a lookup by hash never needs the token itself. */
export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** The CSRF token of a session: an HMAC of its id, so it needs no storage and dies with the session. */
export function csrfTokenFor(secret: string, sessionId: string): string {
  return crypto.createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** `rk_<8-char prefix>_<secret>`: the prefix identifies a key in lists without revealing it. */
export function newApiKey(): { key: string; prefix: string } {
  const prefix = crypto.randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
  return { key: `rk_${prefix}_${randomToken(32)}`, prefix };
}
