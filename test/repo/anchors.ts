/**
 * GitHub-style heading anchors of a markdown page, so a test can check that a cited `page.md#anchor`
 * lands on a heading. The slug follows github-slugger: lower case, every character that is not a letter,
 * mark, number, connector, space or hyphen dropped, spaces turned into hyphens; a repeated slug gets
 * `-1`, `-2`… Headings inside fenced code blocks are not headings.
 */

export function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Heading text as GitHub renders it: links and images by their text, emphasis and code marks dropped by the slug. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (fence === null) fence = open[1]![0]!;
      else if (open[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = githubSlug(headingText(heading[1]!));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}
