// Deviations from [F] facts that are known defects with an owner (the issue that removes them). The fidelity
// test reports them loudly as OPEN, never as exact, and does not fail on them. Remove an entry with its fix: an
// entry whose fact has become exact fails the test, so the list cannot go stale.
export const OPEN_DEVIATIONS: Readonly<Record<string, string>> = {};
