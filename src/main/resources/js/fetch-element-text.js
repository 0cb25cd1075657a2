// Fetches arguments[0] from the current page (the HTTP cache applies as for any sub-resource) and reports the text
// of the element with id arguments[1] in the answer, null when there is none, or 'fetch failed: …'.
var done = arguments[arguments.length - 1], url = arguments[0], id = arguments[1];
fetch(url).then(function (answer) {
  return answer.text();
}).then(function (html) {
  var element = new DOMParser().parseFromString(html, 'text/html').getElementById(id);
  done(element ? element.textContent : null);
}).catch(function (problem) {
  done('fetch failed: ' + problem);
});
