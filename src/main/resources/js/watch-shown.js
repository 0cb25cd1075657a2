// Notes, in the page's own clock, the moment an element matching arguments[0] is first shown: a MutationObserver runs
// right after the page's script changed the document, so the figure does not include how long the harness took to
// look. performance.now() is the page's time since it began to load (fast-forwarded with its timers where the
// harness fakes them). Read it back with: return window.__sehShownAt;
var selector = arguments[0];
function shown() {
  var element = document.querySelector(selector);
  if (!element) {
    return false;
  }
  var style = window.getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden' && element.getClientRects().length > 0;
}
window.__sehShownAt = shown() ? performance.now() : null;
if (window.__sehShownAt === null) {
  var observer = new MutationObserver(function () {
    if (shown()) {
      window.__sehShownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
}
return true;
