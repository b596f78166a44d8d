/** snake_case column → camelCase key, as the CamelCasePlugin names them. */
export const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
