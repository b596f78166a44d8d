import type { AppInstance } from '../../app.js';
import { cachedPhoneRegion, withPhoneRegion } from './phone-region.js';

/**
 * Runs every API handler inside the organisation's phone region scope. A preHandler (not onRequest)
 * so the body has been parsed already and the scope covers the handler and all it awaits.
 */
export function registerPhoneRegionHook(app: AppInstance): void {
  const { db } = app.ctx;
  app.addHook('preHandler', (req, _reply, done) => {
    if (!req.url.startsWith('/api/')) return done();
    cachedPhoneRegion(db).then(
      (region) => withPhoneRegion(region, () => done()),
      (err: Error) => done(err),
    );
  });
}
