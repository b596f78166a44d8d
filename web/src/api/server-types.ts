/**
 * A list the web needs at run time (select options, …) of a union the server defines, e.g.
 * `allOf<OrderStatus>()(['placed', …])`: the compiler refuses a value the server lacks and names a
 * member the list leaves out, so the two cannot drift. The union comes in as a type-only import
 * (`@server/…`, see server-types.test.ts), so no server code reaches the bundle.
 */
export const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    list;
