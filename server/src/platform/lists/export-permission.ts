import { hasPermission, type Principal } from '../auth/principal.js';
import { AppError } from '../errors.js';

/**
 * `?format=csv` on a list needs `<resource>:export` on top of the read permission the route
 * declares (a whole selection leaving the system is a separate right): 403 naming it otherwise.
 */
export function assertCanExport(principal: Principal, resource: string): void {
  if (!hasPermission(principal, `${resource}:export`)) {
    throw new AppError('forbidden', `Exporting ${resource} needs ${resource}:export`);
  }
}
