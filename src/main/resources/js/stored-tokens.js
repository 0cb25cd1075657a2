// Reads (or, given values, writes) the session tokens page scripts keep in storage, on the page the browser shows now.
// arguments[0]: [{area: 'localStorage'|'sessionStorage', key}], arguments[1]: values to write, or null to read.
// Returns {origin, values}: each value a string, or null when the item is absent or the storage is blocked (a
// browser that blocks cookies blocks site storage too).
var keys = arguments[0], writes = arguments[1];
var values = keys.map(function (k, i) {
  try {
    var area = window[k.area];
    if (writes) {
      area.setItem(k.key, writes[i]);
    }
    return area.getItem(k.key);
  } catch (e) {
    return null;
  }
});
return {origin: location.origin, values: values};
