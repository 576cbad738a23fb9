/**
 * `work` over `items`, at most `limit` running at once, results in input order. After a failure no new
 * item starts, and the first failure is thrown.
 *
 * For reads of one request per object (a NetSapiens user's answer rules): starting all 50,000 at once held
 * 50,000 waiting requests, and every answer until the last one came, in memory (issue 18, memory); the
 * client's pace and concurrency slots decide the speed either way.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
