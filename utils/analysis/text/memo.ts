/**
 * A pure function of a string, with its results kept by argument: articles ask the same thing of the same words and
 * names again and again. The store is emptied before it grows past `maxSize`, so a long session cannot bloat it.
 */
export function memoised<T>(compute: (key: string) => T, maxSize: number): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as T;
    if (results.size >= maxSize) results.clear();
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
