/** Contract PascalCase → GraphQL camelCase: "PersonId" → "personId", "KVACode" → "kvaCode", "ID" → "id". */
export function camel(name: string): string {
  const m = /^([A-Z]+)(?=[A-Z][a-z]|$)/.exec(name);
  if (m) return m[1]!.toLowerCase() + name.slice(m[1]!.length);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** GraphQL camelCase → contract PascalCase. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** camelCase → snake_case for SQL identifiers. */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** English plural good enough for entity names ("Activity" → "activities", "Personnel" stays). */
export function plural(name: string): string {
  if (/(personnel|information)$/i.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return name.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(name)) return name + 'es';
  return name + 's';
}
