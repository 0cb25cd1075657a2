// Elements whose accessible name may be arguments[0]: its own text, aria-label, title, alt, value or placeholder holds
// the name (space and case aside), or a label or aria-labelledby element does. The innermost first, each with its
// nearest ancestors (a button around a span that holds the text); WebDriver then computes role and name of these few.
var wanted = String(arguments[0]).replace(/\s+/g, ' ').trim().toLowerCase();
function norm(s) { return String(s || '').replace(/\s+/g, ' ').trim().toLowerCase(); }
function shown(e) { return !/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(e.tagName) && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); }
function holds(e) {
  if (norm(e.innerText || e.textContent).indexOf(wanted) >= 0) { return true; }
  var own = [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('alt'), e.getAttribute('placeholder'),
             /^(submit|button|reset)$/i.test(e.type || '') ? e.value : ''];
  if (own.some(function (v) { return norm(v).indexOf(wanted) >= 0; })) { return true; }
  var by = e.getAttribute('aria-labelledby');
  if (by && by.split(/\s+/).some(function (id) { var l = document.getElementById(id); return l && norm(l.textContent).indexOf(wanted) >= 0; })) { return true; }
  return !!(e.labels && Array.prototype.some.call(e.labels, function (l) { return norm(l.textContent).indexOf(wanted) >= 0; }));
}
// Shown elements only: a hidden duplicate or a script holding the words must not take the places of the real control.
var all = Array.prototype.slice.call(document.querySelectorAll('body *')).filter(shown).filter(holds);
var innermost = all.filter(function (e) { return !all.some(function (o) { return o !== e && e.contains(o); }); });
var picked = [];
innermost.forEach(function (e) {
  for (var n = e, depth = 0; n && n !== document.body && depth < 4; n = n.parentElement, depth++) {
    if (picked.indexOf(n) < 0) { picked.push(n); }
  }
});
all.forEach(function (e) { if (picked.indexOf(e) < 0 && (e.hasAttribute('role') || e.labels)) { picked.push(e); } });
return picked.slice(0, 40);
