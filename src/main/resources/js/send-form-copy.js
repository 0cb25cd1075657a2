// Sends a kept copy of a form from the current page: a new form posting arguments[1]'s [name, value] pairs to
// arguments[0]. The old page is marked (window.__sehOldPage) so the harness can tell when the answer has replaced it.
window.__sehOldPage = true;
var form = document.createElement('form');
form.method = 'post';
form.action = arguments[0];
arguments[1].forEach(function (entry) {
  var input = document.createElement('input');
  input.type = 'hidden';
  input.name = entry[0];
  input.value = entry[1];
  form.appendChild(input);
});
document.body.appendChild(form);
form.submit();
