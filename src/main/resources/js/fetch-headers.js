// Asks the site for each path in arguments[0] from the current page (the browser's own cookies go along, the HTTP
// cache is bypassed) and reports what each answer said: [{url, status, headers: {cache-control, etag}}].
// Same-origin, so the headers are readable; for browsers that record no network traffic of their own.
var done = arguments[arguments.length - 1];
var paths = arguments[0];
Promise.all(paths.map(function (path) {
  return fetch(path, {credentials: 'same-origin', cache: 'no-store'}).then(function (answer) {
    var headers = {};
    ['cache-control', 'etag'].forEach(function (name) {
      if (answer.headers.get(name) !== null) {
        headers[name] = answer.headers.get(name);
      }
    });
    return {url: answer.url, status: answer.status, headers: headers};
  }, function (problem) {
    return {url: path, status: 0, headers: {}, problem: String(problem)};
  });
})).then(done);
