// What a page is, for a person writing a target profile: its title, headings, landmark and form ids, and the
// messages it shows. Returns plain text, one item per line; no field values (they may be secrets).
var lines = [];
function visible(e) { return !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); }
function text(e) { return (e.innerText || e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 160); }
lines.push('title: ' + (document.title || '(none)'));
var headings = Array.prototype.slice.call(document.querySelectorAll('h1, h2, h3')).filter(visible).map(text).filter(Boolean);
lines.push('headings: ' + (headings.length ? headings.slice(0, 8).join(' | ') : '(none)'));
var landmarks = Array.prototype.slice.call(document.querySelectorAll(
    'main[id], nav[id], header[id], footer[id], section[id], form[id], aside[id], [role][id], body > div[id], #app, #root'))
    .map(function (e) { return e.tagName.toLowerCase() + '#' + e.id; });
lines.push('landmark ids: ' + (landmarks.length ? landmarks.slice(0, 12).join(', ') : '(none)'));
var forms = Array.prototype.slice.call(document.forms).map(function (f) {
  var fields = Array.prototype.slice.call(f.elements).filter(function (e) { return e.name || e.id; })
      .map(function (e) { return (e.id ? '#' + e.id : e.name) + (e.type ? ' (' + e.type + ')' : ''); });
  return (f.id ? 'form#' + f.id : 'form') + ' → ' + (f.getAttribute('action') || '(same page)') + ': ' + fields.slice(0, 8).join(', ');
});
lines.push('forms: ' + (forms.length ? forms.join(' | ') : '(none)'));
var messages = Array.prototype.slice.call(document.querySelectorAll(
    '[role=alert], [role=status], .alert, .error, .message, .notice, .warning, [class*=banner], [class*=flash], [class*=toast], '
    + '[class*=error], [id*=error], [id*=message], [id*=notice]'))
    .filter(visible).map(text).filter(Boolean);
lines.push('messages: ' + (messages.length ? messages.slice(0, 6).join(' | ') : '(none)'));
lines.push('text begins: ' + text(document.body || document.documentElement).slice(0, 200));
return lines.join('\n');
