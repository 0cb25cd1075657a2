// A BiDi preload script (runs in every new page before the page's own scripts): the page's clock, as Playwright's
// page.clock gives one. @sinonjs/fake-timers (the webjar on the class path, put in at LIBRARY by the harness) fakes
// Date, setTimeout/setInterval, requestAnimationFrame and requestIdleCallback; the page's time flows with real time
// until the harness pauses it, then moves only when the harness says (window.__sehClock). Only the page's clock: the
// server's timeouts are untouched and always checked in real time.
() => {
  const FakeTimers = (() => {
    const module = { exports: {} };
    const exports = module.exports;
    const require = (name) => {
      if (name === '@sinonjs/commons') {
        return { global: globalThis };
      }
      throw new Error(name + ' is not there in a browser');
    };
    /*LIBRARY*/
    return module.exports;
  })();
  const realSetInterval = window.setInterval.bind(window);
  const realClearInterval = window.clearInterval.bind(window);
  const realNow = Date.now.bind(Date);
  const faked = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame',
    'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'].filter((name) => typeof window[name] === 'function');
  const clock = FakeTimers.withGlobal(window).install({ now: realNow(), toFake: faked, loopLimit: 1000000 });
  const arrived = clock.now;
  let flowing = null;
  let lastReal = realNow();
  // A page's own timer that throws is the page's business, as in a browser: reported on the console, time goes on
  // (fake-timers fires every due timer, then throws the first error).
  const reported = (error) => {
    console.error(error);
  };
  const moving = (move) => {
    try {
      move();
    } catch (error) {
      reported(error);
    }
  };
  const catchUp = () => {
    const now = realNow();
    const elapsed = Math.max(0, now - lastReal); // a wall clock stepped back moves nothing
    lastReal = now;
    moving(() => clock.tick(elapsed));
  };
  const flow = () => {
    lastReal = realNow();
    flowing = realSetInterval(catchUp, 20);
  };
  const pause = () => {
    if (flowing !== null) {
      realClearInterval(flowing);
      flowing = null;
      catchUp();
    }
  };
  flow();
  // Page time since this page arrived (its document was created), in ms.
  const since = () => clock.now - arrived;
  window.__sehClock = {
    since,
    // Time stops here: from now on it moves only through fastForward and runFor.
    pause() {
      pause();
      return since();
    },
    // Jumps ahead, as after a laptop's lid was closed: timers due meanwhile fire once, at the new time (paused after).
    fastForward(ms) {
      pause();
      moving(() => clock.jump(ms));
      return since();
    },
    // Lets ms of page time pass (paused after), firing every timer due on the way at its own time, promises settling in between.
    runFor(ms) {
      pause();
      return clock.tickAsync(ms).catch(reported).then(since);
    },
  };
}
