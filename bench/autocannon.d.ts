// autocannon ships no types; the bench only uses it from bench/load.worker.mjs, this keeps `import` resolvable.
declare module "autocannon";
