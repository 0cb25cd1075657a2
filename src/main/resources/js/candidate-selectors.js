// Selectors a person writing a target profile could use as markers or steps on this page: visible elements with an
// id (landmarks, headings, forms, fields, buttons, links, messages), forms by their action, fields by their name, and
// sign-out links by their address. Returns one selector per line, at most 20; never a field's value.
var out = [];
function visible(e) { return !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); }
function add(selector) { if (out.indexOf(selector) < 0 && out.length < 20) { out.push(selector); } }
function quoted(value) { return '"' + String(value).replace(/["\\]/g, '\\$&') + '"'; }
var idOk = /^[A-Za-z][\w-]*$/;
Array.prototype.slice.call(document.querySelectorAll(
    'main[id], nav[id], header[id], section[id], form[id], h1[id], h2[id], [role=alert][id], [role=status][id], '
    + 'input[id], button[id], a[id], span[id], p[id], div[id]'))
  .filter(function (e) { return visible(e) && idOk.test(e.id); })
  .forEach(function (e) { add('#' + e.id); });
Array.prototype.slice.call(document.forms).forEach(function (f) {
  if (!f.id && f.getAttribute('action')) { add('form[action=' + quoted(f.getAttribute('action').split('?')[0]) + ']'); }
  Array.prototype.slice.call(f.elements).forEach(function (e) {
    if (!e.id && e.name && /^(input|select|textarea|button)$/i.test(e.tagName) && e.type !== 'hidden') {
      add(e.tagName.toLowerCase() + '[name=' + quoted(e.name) + ']');
    }
  });
});
Array.prototype.slice.call(document.querySelectorAll('a[href], button')).filter(visible).forEach(function (e) {
  var words = (e.innerText || e.value || '').toLowerCase();
  if (/sign ?out|log ?out|abmelden/.test(words) && !e.id) {
    add(e.tagName === 'A' ? 'a[href=' + quoted(e.getAttribute('href').split('?')[0]) + ']' : 'button (text "' + words.trim().slice(0, 30) + '")');
  }
});
return out.join('\n');
