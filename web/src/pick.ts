// Reading computed API answers defensively: a member that is absent or of another type is
// treated as missing (and the page says so), never as zero.

/** The value at a dotted path ("target.number"), or undefined. */
export function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The first of `paths` that holds a finite number, or a decimal string ("1250000.50": amounts come as text). */
export function number_at(value: unknown, ...paths: string[]): number | undefined {
  for (const path of paths) {
    const found = at(value, path);
    if (typeof found === "number" && Number.isFinite(found)) return found;
    if (typeof found === "string" && /^-?\d+(\.\d+)?$/.test(found)) return Number(found);
  }
  return undefined;
}

/** The first of `paths` that holds a non-empty string. */
export function text_at(value: unknown, ...paths: string[]): string | undefined {
  for (const path of paths) {
    const found = at(value, path);
    if (typeof found === "string" && found !== "") return found;
  }
  return undefined;
}

/** The first of `paths` that holds an array. */
export function list_at(value: unknown, ...paths: string[]): unknown[] | undefined {
  for (const path of paths) {
    const found = at(value, path);
    if (Array.isArray(found)) return found;
  }
  return undefined;
}

/** The first of `paths` that holds an object. */
export function object_at(value: unknown, ...paths: string[]): Record<string, unknown> | undefined {
  for (const path of paths) {
    const found = at(value, path);
    if (found !== null && typeof found === "object" && !Array.isArray(found)) return found as Record<string, unknown>;
  }
  return undefined;
}
