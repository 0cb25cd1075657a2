// How long the page has been still: a MutationObserver (installed on the first call) stamps every DOM change; the
// browser's resource timing counts the requests that have completed. The caller decides when that is quiet enough.
var w = window;
if (!w.__sehSettle) {
  w.__sehSettle = {last: performance.now()};
  try {
    new MutationObserver(function () { w.__sehSettle.last = performance.now(); })
        .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  } catch (e) { }
}
return {ready: String(document.readyState), resources: performance.getEntriesByType('resource').length,
        stillFor: Math.max(0, Math.round(performance.now() - w.__sehSettle.last))};
