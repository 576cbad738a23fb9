/**
 * The lines of a source text for code frames, found by index instead of split up front: a 50,000-user
 * org.yaml has ~250,000 lines, and `text.split(/\r?\n/)` held a string for each (~10 MB, the largest
 * allocation of rendering a plan's warnings; memory, issue 18) to show at most a hundred frames. Lines end
 * at `\n`, a `\r` before it is not part of the line, as the split had it; a lone `\r` is not a line end.
 */
export interface Lines {
  readonly length: number;
  /** Line `index` (0-based), without its line end. */
  line(index: number): string;
}

export class SourceLines implements Lines {
  readonly length: number;
  /** Offset where each line starts; one more entry, the end of the text plus one, closes the last line. */
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Uint32Array(count + 1);
    let n = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[n++] = at + 1;
    starts[count] = text.length + 1;
    this.starts = starts;
    this.length = count;
  }

  line(index: number): string {
    const start = this.starts[index]!;
    let end = this.starts[index + 1]! - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && end < this.text.length) end--;
    return this.text.slice(start, end);
  }
}
