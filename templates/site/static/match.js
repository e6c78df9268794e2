/* 政策匹配: filters the policies listed on the page by stage (适用对象), support (支持方式), keyword and open
   windows. Everything happens in the page (it works from file://); the choice is kept in the URL's #fragment
   (#stage=…&support=…&q=…&open=1) so that it can be bookmarked and shared. Nothing is sent anywhere. */
(function () {
  'use strict';
  var form = document.getElementById('match-form');
  var list = document.getElementById('match-results');
  if (!form || !list) { return; }
  var items = Array.prototype.slice.call(list.children);
  var summary = document.getElementById('match-summary');
  var none = document.getElementById('match-none');

  function read() {
    var stage = form.querySelector('input[name=stage]:checked');
    var support = Array.prototype.map.call(form.querySelectorAll('input[name=support]:checked'), function (c) { return c.value; });
    return { stage: stage ? stage.value : '', support: support, q: form.elements.q.value.trim(),
      open: form.querySelector('input[name=open]').checked };
  }

  function write(state) {
    Array.prototype.forEach.call(form.querySelectorAll('input[name=stage]'), function (r) { r.checked = r.value === state.stage; });
    if (!form.querySelector('input[name=stage]:checked')) { form.querySelector('input[name=stage]').checked = true; }
    Array.prototype.forEach.call(form.querySelectorAll('input[name=support]'), function (c) { c.checked = state.support.indexOf(c.value) >= 0; });
    form.elements.q.value = state.q;
    form.querySelector('input[name=open]').checked = state.open;
  }

  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var support = params.get('support');
    return { stage: params.get('stage') || '', support: support ? support.split(',') : [], q: params.get('q') || '',
      open: params.get('open') === '1' };
  }

  function toHash(state) {
    var params = new URLSearchParams();
    if (state.stage) { params.set('stage', state.stage); }
    if (state.support.length) { params.set('support', state.support.join(',')); }
    if (state.q) { params.set('q', state.q); }
    if (state.open) { params.set('open', '1'); }
    return params.toString();
  }

  function matches(li, state, words) {
    if (state.stage && li.getAttribute('data-audiences').indexOf('|' + state.stage + '|') < 0) { return false; }
    if (state.support.length && !state.support.some(function (s) { return li.getAttribute('data-support').indexOf('|' + s + '|') >= 0; })) { return false; }
    var st = li.getAttribute('data-state');
    if (state.open && st !== 'open' && st !== 'rolling' && st !== 'none') { return false; }
    var text = li.getAttribute('data-text').toLowerCase();
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function apply(state) {
    var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var ok = matches(li, state, words);
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    var parts = [];
    if (state.stage) { parts.push('适用对象“' + state.stage + '”'); }
    if (state.support.length) { parts.push('支持方式“' + state.support.join('、') + '”'); }
    if (state.q) { parts.push('关键词“' + state.q + '”'); }
    if (state.open) { parts.push('正在受理'); }
    summary.textContent = (parts.length ? '符合' + parts.join('、') + '的' : '') + '现行有效政策共 ' + shown + ' 件。';
    none.hidden = shown > 0;
  }

  function update() {
    var state = read();
    var hash = toHash(state);
    if (location.hash.replace(/^#/, '') !== hash) {
      if (history.replaceState) {
        try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); } catch (e) { location.hash = hash; }
      } else {
        location.hash = hash;
      }
    }
    apply(state);
  }

  form.hidden = false;
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  window.addEventListener('hashchange', function () { var s = fromHash(); write(s); apply(s); });
  var initial = fromHash();
  write(initial);
  apply(initial);
}());
