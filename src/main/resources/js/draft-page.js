// What the profile drafter needs from the page shown now, each element as a CSS selector that finds it alone on the
// page: the sign-in form's parts (password field, the identifier field before it, the control that submits them), links
// that lead to a sign-in, sign-out controls (shown, or present but hidden in a menu), controls that open a menu, and
// the page's headings. Never a field's value.
function visible(e) { return !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); }
function words(e) {
  return ((e.innerText || '') + ' ' + (e.value && /^(submit|button)$/i.test(e.type) ? e.value : '') + ' '
      + (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || '')).replace(/\s+/g, ' ').trim();
}
function unique(selector) {
  try { return document.querySelectorAll(selector).length === 1; } catch (err) { return false; }
}
function attr(tag, name, value) { return tag + '[' + name + '="' + String(value).replace(/["\\]/g, '\\$&') + '"]'; }
function selectorFor(e) {
  if (e.id && unique('#' + CSS.escape(e.id))) { return '#' + CSS.escape(e.id); }
  var tag = e.tagName.toLowerCase();
  var candidates = [];
  if (e.getAttribute('name')) { candidates.push(attr(tag, 'name', e.getAttribute('name'))); }
  if (tag === 'a' && e.getAttribute('href') && e.getAttribute('href') !== '#') { candidates.push(attr('a', 'href', e.getAttribute('href'))); }
  if (e.form && e.form.id && e.getAttribute('type')) { candidates.push('#' + CSS.escape(e.form.id) + ' ' + attr(tag, 'type', e.getAttribute('type'))); }
  if (tag === 'input' && e.getAttribute('type')) { candidates.push(attr(tag, 'type', e.getAttribute('type'))); }
  for (var i = 0; i < candidates.length; i++) { if (unique(candidates[i])) { return candidates[i]; } }
  var path = [];
  for (var n = e; n && n.nodeType === 1 && n !== document.body; n = n.parentElement) {
    if (n.id && unique('#' + CSS.escape(n.id))) { path.unshift('#' + CSS.escape(n.id)); break; }
    var index = 1;
    for (var sibling = n.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.tagName === n.tagName) { index++; }
    }
    path.unshift(n.tagName.toLowerCase() + ':nth-of-type(' + index + ')');
  }
  if (path.length === 0 || path[0].charAt(0) !== '#') { path.unshift('body'); }
  return path.join(' > ');
}
function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
function before(a, b) { return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING); }
var SIGN_IN = /\b(sign|log)\s?-?in\b|\bcontinue\b|\bnext\b|single sign-on|\banmelden\b/i;
var SIGN_OUT = /\b(sign|log)\s?-?(out|off)\b|\babmelden\b|\babmeldung\b/i;
var CONFIRM = /\b(sign|log)\s?-?(out|off)\b|\byes\b|\bconfirm\b/i;
var textTypes = /^(text|email|tel|)$/i;

var password = all('input[type=password]').filter(visible)[0] || null;
var scope = password && password.form ? all('input').filter(function (e) { return e.form === password.form; }) : all('input');
var identifier = null;
if (password) {
  scope.filter(function (e) { return visible(e) && textTypes.test(e.getAttribute('type') || '') && before(e, password); })
      .forEach(function (e) { identifier = e; });
} else {
  identifier = all('input').filter(function (e) {
    return visible(e) && textTypes.test(e.getAttribute('type') || '')
        && (e.type === 'email' || /username/i.test(e.autocomplete || '') || /user|mail|login|ident|account/i.test((e.name || '') + ' ' + (e.id || '')));
  })[0] || null;
}
var field = password || identifier;
var submit = null;
if (field) {
  var controls = field.form ? all('button, input[type=submit], input[type=image]').filter(function (e) { return e.form === field.form; })
      : all('button, input[type=submit], input[type=button], [role=button]').filter(function (e) { return before(field, e); });
  submit = controls.filter(function (e) { return visible(e) && (e.type === 'submit' || SIGN_IN.test(words(e))); })[0]
      || controls.filter(visible)[0] || null;
}
var clickable = all('a[href], button, input[type=submit], input[type=button], [role=button], [role=menuitem]');
var signInLinks = password || identifier ? [] : clickable.filter(function (e) { return visible(e) && SIGN_IN.test(words(e)); });
var signOut = clickable.filter(function (e) { return SIGN_OUT.test(words(e)) || /logout|logoff|signout/i.test(e.id + ' ' + (e.getAttribute('href') || '')); });
var toggles = all('[aria-haspopup], [aria-expanded], a[href="#"], button, [role=button]').filter(function (e) {
  return visible(e) && signOut.indexOf(e) < 0
      && (e.hasAttribute('aria-haspopup') || e.hasAttribute('aria-expanded') || /user|account|profile|avatar|menu/i.test(e.id + ' ' + e.className));
}).slice(0, 6);
var confirm = clickable.filter(function (e) { return visible(e) && CONFIRM.test(words(e)); });
var headings = all('h1, h2').filter(visible).map(function (e) { return (e.innerText || '').replace(/\s+/g, ' ').trim(); })
    .filter(function (t) { return t.length > 0 && t.length <= 80; });
function sel(e) { return e ? selectorFor(e) : null; }
return {
  url: String(location.href),
  password: sel(password),
  identifier: sel(identifier),
  submit: sel(submit),
  signInLinks: signInLinks.slice(0, 3).map(selectorFor),
  signOutShown: signOut.filter(visible).slice(0, 3).map(selectorFor),
  signOutHidden: signOut.filter(function (e) { return !visible(e); }).slice(0, 3).map(selectorFor),
  toggles: toggles.map(selectorFor),
  confirm: confirm.slice(0, 3).map(selectorFor),
  headings: headings,
  shape: document.getElementsByTagName('*').length + ':' + (document.body ? document.body.innerText.length : 0)
};
