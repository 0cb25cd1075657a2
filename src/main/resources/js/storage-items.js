// Every item the page's origin keeps in localStorage and sessionStorage: {origin, items: [['localStorage:key', value], ...]}.
// Blocked storage (a browser that blocks cookies) reads as empty.
var items = [];
['localStorage', 'sessionStorage'].forEach(function (name) {
  try {
    var area = window[name];
    for (var i = 0; i < area.length; i++) {
      var key = area.key(i);
      items.push([name + ':' + key, String(area.getItem(key))]);
    }
  } catch (e) {
    // storage blocked: nothing to read
  }
});
return {origin: location.origin, items: items};
