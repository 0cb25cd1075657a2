// A BiDi preload script (runs before the page's own scripts): the page's timers run FACTOR times faster —
// setTimeout/setInterval delays divided, Date.now and performance.now advancing that much faster. FACTOR is put in
// by the harness. Only the page's clock: the server's timeouts are untouched.
() => {
  const k = FACTOR;
  const realTimeout = window.setTimeout.bind(window), realInterval = window.setInterval.bind(window);
  window.setTimeout = (fn, delay, ...args) => realTimeout(fn, (Number(delay) || 0) / k, ...args);
  window.setInterval = (fn, delay, ...args) => realInterval(fn, (Number(delay) || 0) / k, ...args);
  const realNow = Date.now.bind(Date), start = realNow();
  Date.now = () => start + (realNow() - start) * k;
  const realPerf = performance.now.bind(performance);
  performance.now = () => realPerf() * k;
}
