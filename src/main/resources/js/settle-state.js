// How long the page has been still: a MutationObserver (installed on the first call) stamps every DOM change; the
// browser's resource timing counts the requests that have completed (a request still in flight is not seen: a page is
// settled once nothing completed and nothing changed for the quiet period). The caller decides what is quiet enough.
var w = window;
if (!w.__sehSettle) {
  w.__sehSettle = {last: performance.now()};
  // The browser keeps 250 entries by default: past that the count would stop growing while requests still complete.
  try { performance.setResourceTimingBufferSize(100000); } catch (e) { }
  try {
    new MutationObserver(function () { w.__sehSettle.last = performance.now(); })
        .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  } catch (e) { }
}
return {ready: String(document.readyState), resources: performance.getEntriesByType('resource').length,
        stillFor: Math.max(0, Math.round(performance.now() - w.__sehSettle.last))};
