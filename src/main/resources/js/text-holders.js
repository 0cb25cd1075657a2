// The innermost elements whose rendered text holds arguments[0] (space and case aside), in document order.
var wanted = String(arguments[0]).replace(/\s+/g, ' ').trim().toLowerCase();
function norm(s) { return String(s || '').replace(/\s+/g, ' ').trim().toLowerCase(); }
var all = Array.prototype.slice.call(document.querySelectorAll('body *')).filter(function (e) {
  return norm(e.innerText).indexOf(wanted) >= 0 || (/^(submit|button)$/i.test(e.type || '') && norm(e.value).indexOf(wanted) >= 0);
});
return all.filter(function (e) { return !all.some(function (o) { return o !== e && e.contains(o); }); });
