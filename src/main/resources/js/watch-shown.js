// Notes, in the page clock's time since the page arrived (window.__sehClock, see page-clock.js), the moment an
// element matching arguments[0] is first shown: a MutationObserver runs right after the page's script changed the
// document (between timers while the page clock runs), so the figure does not include how long the harness took to
// look. Read it back with: return window.__sehShownAt; window.__sehWatching marks the watched page.
var selector = arguments[0];
function shown() {
  var element = document.querySelector(selector);
  if (!element) {
    return false;
  }
  var style = window.getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden' && element.getClientRects().length > 0;
}
if (window.__sehObserver) {
  window.__sehObserver.disconnect(); // an earlier watch on this page: its selector is no longer asked about
  window.__sehObserver = null;
}
window.__sehWatching = true;
window.__sehShownAt = shown() ? window.__sehClock.since() : null;
if (window.__sehShownAt === null) {
  var observer = new MutationObserver(function () {
    if (shown()) {
      window.__sehShownAt = window.__sehClock.since();
      observer.disconnect();
    }
  });
  observer.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
  window.__sehObserver = observer;
}
return true;
