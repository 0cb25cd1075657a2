// The innermost shown elements whose rendered text holds arguments[0] (space and case aside), in document order. An
// element not rendered (hidden, a script or a JSON block) reports its source text as innerText: it holds nothing here.
var wanted = String(arguments[0]).replace(/\s+/g, ' ').trim().toLowerCase();
function norm(s) { return String(s || '').replace(/\s+/g, ' ').trim().toLowerCase(); }
function shown(e) { return !/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(e.tagName) && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); }
var all = Array.prototype.slice.call(document.querySelectorAll('body *')).filter(shown).filter(function (e) {
  return norm(e.innerText).indexOf(wanted) >= 0 || (/^(submit|button)$/i.test(e.type || '') && norm(e.value).indexOf(wanted) >= 0);
});
return all.filter(function (e) { return !all.some(function (o) { return o !== e && e.contains(o); }); });
