/** `<resource>:<action>`, e.g. `users:manage`, `people:read`. Roles map to sets of these. */
export type Permission = `${string}:${string}`;
