/**
 * How many items open the list while `isBefore` holds, found by binary search: the index of the first item for which
 * it does not. The list must be ordered so that `isBefore` holds for a prefix of it (spans and offsets in text order).
 */
export function partitionPoint<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
