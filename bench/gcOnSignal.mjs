// Preloaded into the facade by bench/coldStart.ts (with --expose-gc) to measure idle RSS after a GC: SIGUSR2 runs a
// full garbage collection. Not part of the facade.
process.on('SIGUSR2', () => globalThis.gc?.());
