/**
 * Order statistics without a full sort: after `select(values, k, lo, hi)`, index k holds the value that
 * sorting `values[lo..hi]` in place would put there, everything before it (down to lo) is no larger and
 * everything after it (up to hi) no smaller; outside lo..hi nothing moves. Expected linear time, against n·log n for sorting, which matters when a band reads
 * three percentiles from each of hundreds of columns.
 */
export function select(values: Float64Array, k: number, lo = 0, hi = values.length - 1): void {
  let left = lo;
  let right = hi;
  while (right > left) {
    // Median of three as pivot keeps already ordered columns (common: patients drawn in a fixed order) fast.
    const mid = (left + right) >>> 1;
    if (values[mid]! < values[left]!) swap(values, mid, left);
    if (values[right]! < values[left]!) swap(values, right, left);
    if (values[right]! < values[mid]!) swap(values, right, mid);
    const pivot = values[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    // Now values[left..j] ≤ pivot ≤ values[i..right], and any index between j and i holds the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}
