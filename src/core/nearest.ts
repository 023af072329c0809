/**
 * The nearest known name to a misspelt one, for "did you mean …?" hints on unknown keys.
 */

/**
 * The optimal-string-alignment distance between two strings: insertions, deletions, substitutions
 * and transpositions of two neighbouring characters each count 1 (`maxNetTotl` → `maxNetTotal` is
 * 1, `dicsount` → `discount` is 1). @internal
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = Array.from({ length: rows * cols }, (_, k) =>
    k < cols ? k : k % cols === 0 ? k / cols : 0,
  )
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1)
      d[i * cols + j] = best
    }
  }
  return d[rows * cols - 1]!
}

/**
 * The known name closest to `name`, if one is close enough to be a likely typo: a difference only
 * in letter case, or an edit distance of at most a third of the longer name (at least 1, at most
 * 3). Ties go to the first in `known`. @internal
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > 200) return undefined
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    if (candidate === name) continue
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, candidate)
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3)))
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
