/** Times fn over the given arguments in the page, so no Playwright round trip is counted. */
export async function time<A>(args: A[], fn: (a: A) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const a of args) {
    const t = performance.now();
    await fn(a);
    samples.push(performance.now() - t);
  }
  return samples;
}
