/**
 * How V8 sizes ringform's heap, per kind of command (docs/BENCHMARKS.md, "Memory"). Both settings are V8
 * flags that V8 reads each time it decides to grow a space, so they work set at run time (unlike a heap
 * limit or a semi-space size, which only a restart of Node could set); neither can run a large org out
 * of memory, they only make V8 collect sooner.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Every command: the old generation grows by 20% past what survived the last full collection, not by up
 * to 4× (Node's default), so a 50,000-user org peaks near the data it holds, for a little more GC work.
 */
export function boundedHeap(): void {
  setFlagsFromString('--heap-growing-percent=20');
}

/**
 * `plan` and `drift`: a compact heap for more CPU. They hold the desired and the live org while reading at
 * the vendor's pace, which leaves the CPU idle anyway; they are what cron and pull requests run against the
 * largest orgs. The old generation grows by 5% at a time (V8 still grows it by at least its minimum step,
 * so small orgs are collected no more often) and the young generation stays at its starting size (1 MB per
 * semi-space) instead of doubling up to 16 MB. NetSapiens 50k plan: 253–266 → 230–239 MB for ~15% more
 * CPU. `apply` keeps boundedHeap: the same two settings made a CPU-bound sandbox apply of 1,000 actions at
 * 10,000 users 4.1–4.5 → 5.6–6.1 s, past its 5 s target.
 */
export function compactHeap(): void {
  setFlagsFromString('--heap-growing-percent=5');
  setFlagsFromString('--semi-space-growth-factor=1');
}
