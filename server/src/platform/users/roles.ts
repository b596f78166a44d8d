import type { Permission } from '../http/permission.js';

export const ROLES = ['admin', 'supervisor', 'manager', 'marketer', 'agent', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Which records a role sees: everything, its teams' members' records, or only its own. */
export type Scope = 'all' | 'team' | 'own';

export const RESOURCES = [
  'users',
  'teams',
  'api_keys',
  'audit',
  'settings',
  'jobs',
  'mail',
  'people',
  'companies',
  'leads',
  'deals',
  'products',
  'orders',
  'tasks',
  'cases',
  'segments',
  'campaigns',
  'journeys',
  'loyalty',
  'analytics',
  'fields',
  'imports',
] as const;
export const ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'manage'] as const;

type Resource = (typeof RESOURCES)[number];
type Action = (typeof ACTIONS)[number];

const CRM: Resource[] = [
  'people',
  'companies',
  'leads',
  'deals',
  'products',
  'orders',
  'tasks',
  'cases',
  'segments',
  'campaigns',
  'journeys',
  'loyalty',
  'analytics',
  'fields',
  'imports',
];
const ALL: Action[] = [...ACTIONS];
const WORK: Action[] = ['read', 'create', 'update', 'export'];

function grant(spec: Partial<Record<Resource, Action[]>>): Permission[] {
  return Object.entries(spec).flatMap(([r, actions]) =>
    (actions ?? []).map((a) => `${r}:${a}` as Permission),
  );
}
const each = (resources: Resource[], actions: Action[]) =>
  Object.fromEntries(resources.map((r) => [r, actions])) as Partial<Record<Resource, Action[]>>;

/**
 * Permissions outside the resource × action matrix: one named power within a resource, and the roles
 * that hold it (a table of its own in docs/permissions.md).
 */
export const SPECIAL_PERMISSIONS = {
  // Price control: a unit price other than the price list's, or a discount, on a deal line. The
  // people who run sales (admin, supervisor) decide prices; a manager (a rep, own deals) sells at them.
  'deals:override_prices': ['admin', 'supervisor'],
} as const satisfies Record<Permission, readonly Role[]>;

const specialFor = (role: Role) =>
  (Object.entries(SPECIAL_PERMISSIONS) as [Permission, readonly Role[]][])
    .filter(([, roles]) => roles.includes(role))
    .map(([permission]) => permission);

const MATRIX: Record<Role, Permission[]> = {
  admin: grant(each([...RESOURCES], ALL)),
  supervisor: grant({
    ...each(CRM, ALL),
    users: ['read'],
    teams: ['read', 'create', 'update', 'delete'],
    settings: ['read'],
    jobs: ['read'],
  }),
  manager: grant({
    ...each(['people', 'companies', 'leads', 'deals', 'orders', 'tasks', 'cases'], WORK),
    ...each(['products', 'segments', 'analytics', 'fields'], ['read']),
    users: ['read'],
    teams: ['read'],
    settings: ['read'],
  }),
  marketer: grant({
    ...each(['segments', 'campaigns', 'journeys', 'loyalty'], ALL),
    // Marketing imports contact lists: creating people and companies comes with it.
    ...each(['people', 'companies'], ['read', 'create', 'update', 'export']),
    ...each(['products', 'orders', 'leads', 'deals', 'fields'], ['read']),
    analytics: ['read', 'export'],
    imports: ['read', 'create'],
    tasks: ['read', 'create', 'update'],
    users: ['read'],
    teams: ['read'],
    settings: ['read'],
  }),
  agent: grant({
    ...each(['people', 'companies', 'cases', 'tasks'], ['read', 'create', 'update']),
    ...each(['leads', 'deals', 'orders', 'products', 'loyalty', 'fields'], ['read']),
    users: ['read'],
    teams: ['read'],
    settings: ['read'],
  }),
  viewer: grant({ ...each(CRM, ['read']), users: ['read'], teams: ['read'], settings: ['read'] }),
};

/** The one role → permissions table (documented in docs/permissions.md; keep both in step). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = (() => {
  const table = {} as Record<Role, readonly Permission[]>;
  for (const role of ROLES) table[role] = [...MATRIX[role], ...specialFor(role)];
  return table;
})();

export const ROLE_SCOPE: Record<Role, Scope> = {
  admin: 'all',
  supervisor: 'all',
  marketer: 'all',
  manager: 'own',
  agent: 'team',
  viewer: 'team',
};

/** Granted to every signed-in user (not to API keys): their own session, profile and password. */
export const PROFILE_PERMISSIONS: readonly Permission[] = ['profile:read', 'profile:update'];

/** What a principal may do: its role's permissions, plus the profile ones for a signed-in user. */
export function permissionsFor(role: Role, kind: 'user' | 'api_key'): Permission[] {
  const base = ROLE_PERMISSIONS[role] ?? [];
  return kind === 'user' ? [...base, ...PROFILE_PERMISSIONS] : [...base];
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
