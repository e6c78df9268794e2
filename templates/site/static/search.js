/* Full-text Chinese search over the index the generator writes to search/ (see SearchIndexWriter and
   SearchText in the generator: normalisation, terms and shard hashing here must match them).
   Index files are scripts calling compendiumSearch.*, so search works from file:// as well as over HTTP.
   A query loads meta.js, one shard per term, and the text of the results it shows. The bracket folding of
   文号 comes from meta.js (SearchText.BRACKETS), so the generator and the browser fold with one table. */
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
  var helpEl = document.getElementById("search-help");

  window.compendiumSearch = {
    meta: function (m) { meta = m; },
    shard: function (k, data) { shards[k] = data; },
    text: function (n, t, bodyStart) { texts[n] = { text: t, body: bodyStart || 0 }; },
    /* The normalised text, as the generator indexes it (meta.js must be loaded): for tests and tools. */
    normalize: function (t) { return normalize(t).text; }
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

  /* SearchText.normalize(int) in the generator: NFKC, lower case, then the 文号 brackets folded. */
  function normChar(ch) {
    var n = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : ch.normalize("NFKC").toLowerCase();
    return Object.prototype.hasOwnProperty.call(meta.fold, n) ? meta.fold[n] : n;
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

  var SNIPPET = 110;
  var STOP = /[。；！？：\n]/;

  /* The passage of the body (not the title, 文号 and issuers before it) where a word first occurs, from the
     start of its sentence when that is near, with every word marked; the body's opening when only the
     title or 文号 matched. */
  function snippet(doc, words) {
    var body = doc.text.slice(doc.body);
    var n = normalize(body), at = -1;
    words.forEach(function (w) { var i = n.text.indexOf(w); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
    if (at < 0) {
      var opening = body.replace(/\s+/g, " ").trim();
      return escapeHtml(opening.slice(0, SNIPPET)) + (opening.length > SNIPPET ? "…" : "");
    }
    var match = n.map[at], start = match;
    while (start > 0 && match - start < 30 && !STOP.test(body[start - 1])) { start--; }
    var sentence = start === 0 || STOP.test(body[start - 1]);
    if (!sentence) { start = Math.max(0, match - 12); }
    var end = Math.min(body.length, Math.max(match + 40, start + SNIPPET));
    var part = body.slice(start, end).replace(/\s+/g, " ").trim();
    return (sentence ? "" : "…") + highlight(part, words) + (end < body.length ? "…" : "");
  }

  /* 2023-02-15 as the site writes dates: 2023年2月15日. */
  function chineseDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? m[1] + "年" + Number(m[2]) + "月" + Number(m[3]) + "日" : iso;
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

  /* The guidance under the form: shown for an empty query and when nothing is found (with the tips for
     that case, and the filter hint when a filter narrowed the search). */
  function guide(empty, none) {
    if (!helpEl) { return; }
    helpEl.hidden = !(empty || none);
    var f = form.elements;
    var filtered = ["year", "category", "status", "kind"].some(function (k) { return f[k].value; });
    document.getElementById("search-none").hidden = !none;
    document.getElementById("search-filtered").hidden = !(none && filtered);
  }

  function search() {
    var raw = form.elements.q.value.trim().split(/\s+/).filter(Boolean);
    resultsEl.innerHTML = "";
    moreEl.hidden = true;
    if (!raw.length) { statusEl.textContent = ""; guide(true, false); return; }
    guide(false, false);
    statusEl.textContent = "正在检索…";
    var query = state = { words: [], candidates: [], next: 0, shown: 0, target: PAGE };
    load("meta.js").then(function () {
      var words = query.words = raw.map(function (w) { return normalize(w).text; });
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
        var norm = normalize(texts[n].text).text;
        if (query.words.every(function (w) { return norm.indexOf(w) >= 0; })) { render(n, texts[n], query.words); query.shown++; }
      });
      if (query.shown < query.target && query.next < query.candidates.length) {
        return showMore(query);
      }
      var exact = query.next >= query.candidates.length;
      var total = exact ? query.shown : query.candidates.length;
      statusEl.textContent = total === 0 ? "没有找到与“" + form.elements.q.value.trim() + "”相关的结果。"
        : (exact ? "共找到 " : "找到约 ") + total + " 条结果" + (exact ? "。" : "，已显示 " + query.shown + " 条。");
      moreEl.hidden = exact;
      guide(false, total === 0);
    });
  }

  function render(n, text, words) {
    var doc = meta.docs[n];
    var li = document.createElement("li");
    var status = doc[3] ? " <span class=\"badge status-" + doc[3] + "\">" + escapeHtml(meta.statuses[doc[3]]) + "</span>" : "";
    var date = doc[2] === "年度综述" ? doc[4].slice(0, 4) + "年度" : chineseDate(doc[4]);
    var facts = [escapeHtml(doc[2])];
    if (doc[6]) { facts.push("<span class=\"docno\">" + highlight(doc[6], words) + "</span>"); }
    facts.push("<time datetime=\"" + escapeHtml(doc[4]) + "\">" + escapeHtml(date) + "</time>");
    li.innerHTML = "<a class=\"r-title\" href=\"" + escapeHtml(root + doc[1]) + "\">" + highlight(doc[0], words) + "</a>" + status
      + "<div class=\"r-meta\">" + facts.join(" · ") + "</div>"
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
