// The form around the field arguments[0] as it stands: its action and every field (hidden tokens included), as
// [name, value] pairs — what a page restored by Back from a cache would still send.
var form = document.querySelector(arguments[0]).form;
return {
  action: form.action,
  fields: Array.from(new FormData(form)).map(function (entry) { return [entry[0], String(entry[1])]; })
};
