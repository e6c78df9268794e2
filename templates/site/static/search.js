/* Full-text Chinese search over the index the generator writes to search/ (see SearchIndexWriter and
   SearchText in the generator: normalisation, terms and shard hashing here must match them).
   Index files are scripts calling compendiumSearch.*, so search works from file:// as well as over HTTP.
   A query loads meta.js, one shard per term, and the text of the results it shows. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) { return; }
  var base = form.getAttribute("data-root") + "search/";
  var root = form.getAttribute("data-root");
  var HAN = /\p{Script=Han}/u;
  var PAGE = 10;
  var meta = null;
  var shards = {};
  var texts = {};
  var loading = {};
  var state = null;
  var statusEl = document.getElementById("search-status");
  var resultsEl = document.getElementById("results");
  var moreEl = document.getElementById("more");

  window.compendiumSearch = {
    meta: function (m) { meta = m; },
    shard: function (k, data) { shards[k] = data; },
    text: function (n, t) { texts[n] = t; }
  };

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = base + path;
        s.async = true;
        s.onload = resolve;
        s.onerror = function () { reject(new Error("无法加载检索索引文件 " + path)); };
        document.head.appendChild(s);
      });
    }
    return loading[path];
  }

  function normChar(ch) {
    if (ch.charCodeAt(0) < 0x80) { return ch.toLowerCase(); }
    if ("〔【［（".indexOf(ch) >= 0) { return "("; }
    if ("〕】］）".indexOf(ch) >= 0) { return ")"; }
    return ch.normalize("NFKC").toLowerCase();
  }

  /* Normalised text, and for each of its UTF-16 units the index in the original text. */
  function normalize(text) {
    var out = "", map = [], i = 0;
    for (var ch of text) {
      var n = normChar(ch);
      for (var k = 0; k < n.length; k++) { map.push(i); }
      out += n;
      i += ch.length;
    }
    map.push(i);
    return { text: out, map: map };
  }

  function terms(word) {
    var out = [], prev = null, token = "";
    for (var ch of word) {
      var han = HAN.test(ch);
      if (han && prev) { out.push(prev + ch); }
      prev = han ? ch : null;
      if (/[a-z0-9]/.test(ch)) { token += ch; } else if (token) { out.push(token); token = ""; }
    }
    if (token) { out.push(token); }
    return out.filter(function (t, i) { return out.indexOf(t) === i; });
  }

  function hash(s) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h;
  }

  function postings(term) {
    var list = shards[hash(term) & (meta.shards - 1)][term];
    if (!list) { return []; }
    var out = [], prev = 0;
    list.split(",").forEach(function (gap) { prev += parseInt(gap, 36); out.push(prev); });
    return out;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  /* The original text with every occurrence of the (normalised) words marked. */
  function highlight(text, words) {
    var n = normalize(text), ranges = [];
    words.forEach(function (w) {
      for (var at = n.text.indexOf(w); at >= 0; at = n.text.indexOf(w, at + w.length)) {
        ranges.push([n.map[at], n.map[at + w.length]]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var html = "", pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) { return; }
      html += escapeHtml(text.slice(pos, r[0])) + "<mark>" + escapeHtml(text.slice(r[0], r[1])) + "</mark>";
      pos = r[1];
    });
    return html + escapeHtml(text.slice(pos));
  }

  function snippet(text, words) {
    var body = text.indexOf("\n") >= 0 ? text.slice(text.indexOf("\n") + 1) : text;
    var n = normalize(body), at = -1;
    words.forEach(function (w) { var i = n.text.indexOf(w); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
    if (at < 0) { return escapeHtml(body.slice(0, 120).replace(/\s+/g, " ")) + "…"; }
    var start = Math.max(0, n.map[at] - 40), end = Math.min(body.length, n.map[at] + 100);
    var part = body.slice(start, end).replace(/\s+/g, " ");
    return (start > 0 ? "…" : "") + highlight(part, words) + (end < body.length ? "…" : "");
  }

  function read() {
    var p = new URLSearchParams(location.search);
    ["q", "year", "category", "status", "kind"].forEach(function (k) {
      if (form.elements[k] && p.get(k) !== null) { form.elements[k].value = p.get(k); }
    });
  }

  function write() {
    var p = new URLSearchParams();
    ["q", "year", "category", "status", "kind"].forEach(function (k) {
      if (form.elements[k].value) { p.set(k, form.elements[k].value); }
    });
    try { history.replaceState(null, "", "?" + p.toString()); } catch (e) { /* file:// in some browsers */ }
  }

  function accepts(doc) {
    var f = form.elements;
    return (!f.year.value || doc[4].slice(0, 4) === f.year.value)
      && (!f.category.value || meta.categories[doc[5]] === f.category.value)
      && (!f.status.value || doc[3] === f.status.value)
      && (!f.kind.value || doc[2] === f.kind.value);
  }

  function rank(words) {
    return function (a, b) {
      var ta = titleHit(meta.docs[a], words), tb = titleHit(meta.docs[b], words);
      if (ta !== tb) { return ta ? -1 : 1; }
      var ka = ["政策文件", "政策解读", "年度综述"].indexOf(meta.docs[a][2]);
      var kb = ["政策文件", "政策解读", "年度综述"].indexOf(meta.docs[b][2]);
      if (ka !== kb) { return ka - kb; }
      return meta.docs[a][4] < meta.docs[b][4] ? 1 : meta.docs[a][4] > meta.docs[b][4] ? -1 : a - b;
    };
  }

  function titleHit(doc, words) {
    var t = normalize(doc[0] + " " + doc[6]).text;
    return words.every(function (w) { return t.indexOf(w) >= 0; });
  }

  function search() {
    var words = form.elements.q.value.trim().split(/\s+/).filter(Boolean)
      .map(function (w) { return normalize(w).text; });
    resultsEl.innerHTML = "";
    moreEl.hidden = true;
    if (!words.length) { statusEl.textContent = ""; return; }
    statusEl.textContent = "正在检索…";
    var query = state = { words: words, candidates: [], next: 0, shown: 0, target: PAGE };
    load("meta.js").then(function () {
      var keys = [].concat.apply([], words.map(terms));
      var needed = keys.map(function (k) { return "s/" + (hash(k) & (meta.shards - 1)) + ".js"; });
      return Promise.all(needed.filter(function (s, i) { return needed.indexOf(s) === i; }).map(load)).then(function () {
        var docs = null;
        keys.forEach(function (k) { docs = docs === null ? postings(k) : intersect(docs, postings(k)); });
        if (docs === null) {
          docs = meta.docs.map(function (d, i) { return i; })
            .filter(function (i) { return titleHit(meta.docs[i], words); });
        }
        query.candidates = docs.filter(function (i) { return accepts(meta.docs[i]); }).sort(rank(words));
        return showMore(query);
      });
    }).catch(function (e) { statusEl.textContent = e.message; });
  }

  /* Loads the texts of the next candidates, keeps those that really contain every word, shows them. */
  function showMore(query) {
    var batch = query.candidates.slice(query.next, query.next + PAGE);
    query.next += batch.length;
    return Promise.all(batch.map(function (n) { return load("t/" + n + ".js"); })).then(function () {
      if (query !== state) { return; }
      batch.forEach(function (n) {
        var text = texts[n], norm = normalize(text).text;
        if (query.words.every(function (w) { return norm.indexOf(w) >= 0; })) { render(n, text, query.words); query.shown++; }
      });
      if (query.shown < query.target && query.next < query.candidates.length) {
        return showMore(query);
      }
      var exact = query.next >= query.candidates.length;
      var total = exact ? query.shown : query.candidates.length;
      statusEl.textContent = total === 0 ? "没有找到相关结果。"
        : (exact ? "共找到 " : "找到约 ") + total + " 条结果" + (exact ? "。" : "，已显示 " + query.shown + " 条。");
      moreEl.hidden = exact;
    });
  }

  function render(n, text, words) {
    var doc = meta.docs[n];
    var li = document.createElement("li");
    var status = doc[3] ? " <span class=\"badge status-" + doc[3] + "\">" + escapeHtml(meta.statuses[doc[3]]) + "</span>" : "";
    li.innerHTML = "<a class=\"r-title\" href=\"" + escapeHtml(root + doc[1]) + "\">" + highlight(doc[0], words) + "</a>" + status
      + "<div class=\"r-meta\">" + escapeHtml([doc[2], doc[6], doc[4]].filter(Boolean).join(" · ")) + "</div>"
      + "<p class=\"r-snippet\">" + snippet(text, words) + "</p>";
    resultsEl.appendChild(li);
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); write(); search(); });
  form.querySelectorAll("select").forEach(function (s) {
    s.addEventListener("change", function () { write(); search(); });
  });
  moreEl.addEventListener("click", function () {
    if (state) { state.target = state.shown + PAGE; showMore(state); }
  });
  read();
  search();
})();
