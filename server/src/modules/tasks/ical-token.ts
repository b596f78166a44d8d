import crypto from 'node:crypto';

/** The feed token of a user: HMAC-SHA256(secret, "ical:<userId>"), hex. Changes with the secret. */
export function icalToken(secret: string, userId: string): string {
  return crypto.createHmac('sha256', secret).update(`ical:${userId}`).digest('hex');
}

export function icalTokenValid(secret: string, userId: string, token: string): boolean {
  const expected = Buffer.from(icalToken(secret, userId));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
