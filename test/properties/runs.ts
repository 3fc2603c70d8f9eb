/** CI runs a bounded number of cases; `npm run fuzz` sets FUZZ_RUNS to run many more. */
export function runs(ci: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : ci;
}
