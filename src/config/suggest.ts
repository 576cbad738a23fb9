/** "Did you mean …?" for typos in field names, enum values and references. */

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within a third of the word's length (case-insensitive), or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lowered = word.toLowerCase();
  // A prefix of 3+ characters is a strong hint ("prio" → "priority") whatever the edit distance.
  const prefixed = lowered.length >= 3 ? list.find((c) => c.toLowerCase().startsWith(lowered)) : undefined;
  if (prefixed !== undefined) return prefixed;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of list) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}
