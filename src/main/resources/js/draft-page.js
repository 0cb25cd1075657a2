// What the profile drafter needs from the page shown now, each element as a selector that finds it alone on the
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
// A selector that survives the next release, in Testing Library's order: a stable id (arguments[0] says which ids
// are generated), name, a test id, aria-label, the link's address, the role and accessible name, the visible text.
// Never a positional chain: with none of these the selector is NEEDS A HUMAN with what was rejected and why.
var GENERATED = new RegExp(arguments[0], 'i');
var ROLES = String(arguments[1] || '').split(',');   // the roles a profile may name (site.Selector.ROLES)
var TEST_IDS = ['data-testid', 'data-test', 'data-qa', 'data-cy'];
function norm(s) { return String(s || '').replace(/\s+/g, ' ').trim(); }
function implicitRole(e) {
  var explicit = (e.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
  if (explicit) { return ROLES.indexOf(explicit) >= 0 ? explicit : ''; }
  var tag = e.tagName.toLowerCase(), type = (e.getAttribute('type') || '').toLowerCase();
  if (tag === 'button' || (tag === 'input' && /^(submit|button|reset|image)$/.test(type)) || tag === 'summary') { return 'button'; }
  if (tag === 'a' && e.hasAttribute('href')) { return 'link'; }
  if (tag === 'input' && /^(|text|email|tel|url|password|search)$/.test(type)) { return type === 'search' ? 'searchbox' : 'textbox'; }
  if (tag === 'textarea') { return 'textbox'; }
  if (/^h[1-6]$/.test(tag)) { return 'heading'; }
  if (tag === 'select') { return 'combobox'; }
  return '';
}
function accessibleName(e) {
  var labelled = e.getAttribute('aria-labelledby');
  if (labelled) {
    return norm(labelled.split(/\s+/).map(function (id) { var l = document.getElementById(id); return l ? l.textContent : ''; }).join(' '));
  }
  if (e.getAttribute('aria-label')) { return norm(e.getAttribute('aria-label')); }
  if (e.labels && e.labels.length) { return norm(e.labels[0].textContent); }
  if (e.tagName === 'INPUT' && /^(submit|button|reset)$/i.test(e.type)) { return norm(e.value); }
  if (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA') { return norm(e.getAttribute('title') || e.getAttribute('placeholder')); }
  return norm(e.innerText || e.textContent) || norm(e.getAttribute('title'));
}
function quoteText(t) { return '"' + String(t).replace(/["\\]/g, '\\$&') + '"'; }
function selectorFor(e) {
  var tag = e.tagName.toLowerCase();
  var rejected = [];
  if (e.id) {
    if (GENERATED.test(e.id)) { rejected.push('#' + e.id + ' (generated id)'); }
    else if (unique('#' + CSS.escape(e.id))) { return '#' + CSS.escape(e.id); }
    else { rejected.push('#' + e.id + ' (not unique)'); }
  }
  var candidates = [];
  if (e.getAttribute('name') && !GENERATED.test(e.getAttribute('name'))) { candidates.push(attr(tag, 'name', e.getAttribute('name'))); }
  TEST_IDS.forEach(function (a) { if (e.getAttribute(a) && !GENERATED.test(e.getAttribute(a))) { candidates.push(attr(tag, a, e.getAttribute(a))); } });
  if (e.getAttribute('aria-label')) { candidates.push(attr(tag, 'aria-label', e.getAttribute('aria-label'))); }
  if (tag === 'a' && e.getAttribute('href') && e.getAttribute('href') !== '#' && !GENERATED.test(e.getAttribute('href'))) {
    candidates.push(attr('a', 'href', e.getAttribute('href')));
  }
  if (e.form && e.form.id && !GENERATED.test(e.form.id) && e.getAttribute('type')) {
    candidates.push('#' + CSS.escape(e.form.id) + ' ' + attr(tag, 'type', e.getAttribute('type')));
  }
  if (tag === 'input' && e.getAttribute('type')) { candidates.push(attr(tag, 'type', e.getAttribute('type'))); }
  for (var i = 0; i < candidates.length; i++) {
    if (unique(candidates[i])) { return candidates[i]; }
    rejected.push(candidates[i] + ' (not unique)');
  }
  var role = implicitRole(e), name = accessibleName(e);
  if (role && name && name.length <= 80) {
    var same = all('body *').filter(function (o) { return implicitRole(o) === role && accessibleName(o).toLowerCase() === name.toLowerCase(); });
    if (same.length === 1) { return 'role=' + role + '[name=' + quoteText(name) + ']'; }
    rejected.push('role ' + role + ' named ' + quoteText(name) + ' (' + same.length + ' on the page)');
  }
  var text = norm(e.innerText);
  if (text.length >= 2 && text.length <= 80) {
    // As the run finds a text (js/text-holders.js): shown elements, a button's value counted.
    var holders = all('body *').filter(function (o) {
      return !/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(o.tagName) && visible(o) && (norm(o.innerText).toLowerCase().indexOf(text.toLowerCase()) >= 0
          || (/^(submit|button)$/i.test(o.type || '') && norm(o.value).toLowerCase().indexOf(text.toLowerCase()) >= 0));
    });
    var innermost = holders.filter(function (o) { return !holders.some(function (p) { return p !== o && o.contains(p); }); });
    if (innermost.length === 1 && (innermost[0] === e || e.contains(innermost[0]))) { return 'text=' + quoteText(text); }
    rejected.push('text ' + quoteText(text) + ' (' + innermost.length + ' on the page)');
  }
  return 'NEEDS A HUMAN: no stable selector for this <' + tag + '> (rejected: ' + (rejected.length ? rejected.join('; ') : 'nothing to go by') + ')';
}
function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
function before(a, b) { return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING); }
var SIGN_IN = /\b(sign|log)\s?-?in\b|\bcontinue\b|\bnext\b|single sign-on|\banmelden\b/i;
var SIGN_OUT = /\b(sign|log)\s?-?(out|off)\b|\babmelden\b|\babmeldung\b/i;
// Signing out everywhere (every device, all sessions, the others) is a control of its own, not this browser's sign-out.
var EVERYWHERE = /everywhere|\ball\b.*\b(devices|sessions|browsers)\b|\bother\b.*\b(devices|sessions|browsers)\b|überall/i;
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
var signOut = clickable.filter(function (e) {
  return (SIGN_OUT.test(words(e)) || /logout|logoff|signout/i.test(e.id + ' ' + (e.getAttribute('href') || ''))) && !EVERYWHERE.test(words(e) + ' ' + e.id);
});
var toggles = all('[aria-haspopup], [aria-expanded], a[href="#"], button, [role=button]').filter(function (e) {
  return visible(e) && signOut.indexOf(e) < 0
      && (e.hasAttribute('aria-haspopup') || e.hasAttribute('aria-expanded') || /user|account|profile|avatar|menu/i.test(e.id + ' ' + e.className));
}).slice(0, 6);
var confirm = clickable.filter(function (e) { return visible(e) && CONFIRM.test(words(e)); });
var headings = all('h1, h2').filter(visible).map(function (e) { return (e.innerText || '').replace(/\s+/g, ' ').trim(); })
    .filter(function (t) { return t.length > 0 && t.length <= 80; });
// The page's messages, the most specific first: alerts and status lines, then headings, then short paragraphs.
var messages = [];
['[role=alert], [role=status], .alert, .error, .errors, .flash, .message, .notice, .warning, .banner', 'h1, h2, h3', 'p, li, label']
    .forEach(function (selector) {
      all(selector).filter(visible).forEach(function (e) {
        var t = norm(e.innerText);
        if (t.length >= 4 && t.length <= 160 && messages.indexOf(t) < 0) { messages.push(t); }
      });
    });
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
  messages: messages.slice(0, 30),
  text: document.body ? norm(document.body.innerText).slice(0, 20000) : ''
};
