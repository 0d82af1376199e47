// Preload for Prisma CLI commands: the 6.19 wasm schema engine arms long timers that keep the CLI alive 10-60 s
// after it is done. Unref'ing them lets the process exit as soon as its work is finished.
const orig = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const t = orig(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && t && typeof t.unref === "function") t.unref();
  return t;
};
