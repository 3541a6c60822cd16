// newsclaims review page: renders the claims embedded in #data. No network, no server.
// Filters live in the URL hash (#topic=territory&speaker=...&type=direct&status=accepted&doc=ID),
// so a filtered view can be bookmarked or shared. Offsets in the data are Unicode code points.
// Frame slots (claim.fr) are highlighted inside their claim's spans, one colour per slot kind (DATA.slots).
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('data').textContent);
  var PAGE = 20;
  var SUMMARY_ROWS = 25;
  var NONE = '(none)';
  var UNREVIEWED = '(unreviewed)';
  var FILTERS = ['topic', 'speaker', 'type', 'status', 'doc'];
  var ROLES = [['sp', 'speaker'], ['cu', 'cue'], ['co', 'content']];
  var state = {};
  var shown = 0;
  var groups = [];
  var summaryAll = false;
  var SLOT_COLOURS = {};
  (DATA.slots || []).forEach(function (k) { SLOT_COLOURS[k.slot] = k; });

  function speakerOf(c) { return c.canon || c.speaker || NONE; }
  function statusOf(c) { return c.status || UNREVIEWED; }
  function topicsOf(c) { return c.topics.length ? c.topics : [NONE]; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function readHash() {
    state = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      if (!kv) { return; }
      var i = kv.indexOf('=');
      var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      var v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
      if (FILTERS.indexOf(k) >= 0 && v) { state[k] = v; }
    });
  }
  function hashOf(s) {
    var parts = [];
    FILTERS.forEach(function (k) { if (s[k]) { parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(s[k])); } });
    return parts.length ? '#' + parts.join('&') : '#';
  }
  function setState(s) {
    state = s;
    if (history.replaceState) { history.replaceState(null, '', hashOf(state)); } else { location.hash = hashOf(state); }
    render();
  }

  function matches(c, skip) {
    if (state.topic && skip !== 'topic' && topicsOf(c).indexOf(state.topic) < 0) { return false; }
    if (state.speaker && skip !== 'speaker' && speakerOf(c) !== state.speaker) { return false; }
    if (state.type && c.type !== state.type) { return false; }
    if (state.status && statusOf(c) !== state.status) { return false; }
    if (state.doc && DATA.articles[c.a].id !== state.doc) { return false; }
    return true;
  }

  // Code point offsets to UTF-16 and back, per article (identity without astral characters).
  function offsets(art) {
    if (art._idx !== undefined) { return art._idx; }
    var text = art.text || '';
    if (!/[\uD800-\uDFFF]/.test(text)) { art._idx = null; return null; }
    var toU = [];
    var toCp = new Array(text.length + 1);
    var cp = 0;
    for (var i = 0; i < text.length; i++) {
      toU.push(i);
      toCp[i] = cp;
      var code = text.charCodeAt(i);
      if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) { i++; toCp[i] = cp; }
      cp++;
    }
    toU.push(text.length);
    toCp[text.length] = cp;
    art._idx = { toU: toU, toCp: toCp };
    return art._idx;
  }

  function fillSelect(sel, name, values) {
    var cur = state[name] || '';
    sel.textContent = '';
    var all = el('option', null, 'all');
    all.value = '';
    sel.appendChild(all);
    values.forEach(function (v) {
      var o = el('option', null, v[0] + ' (' + v[1] + ')');
      o.value = v[0];
      sel.appendChild(o);
    });
    if (cur && values.every(function (v) { return v[0] !== cur; })) {
      var o = el('option', null, cur + ' (0)');
      o.value = cur;
      sel.appendChild(o);
    }
    sel.value = cur;
  }
  function counted(key) {
    var counts = {};
    DATA.claims.forEach(function (c) {
      [].concat(key(c)).forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
    });
    return Object.keys(counts).map(function (k) { return [k, counts[k]]; })
      .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
  }

  var OPTIONS = null;
  function renderFilters() {
    if (!OPTIONS) {
      OPTIONS = {
        topic: counted(topicsOf), speaker: counted(speakerOf),
        type: counted(function (c) { return c.type; }), status: counted(statusOf)
      };
    }
    ['topic', 'speaker', 'type', 'status'].forEach(function (k) {
      fillSelect(document.getElementById('f-' + k), k, OPTIONS[k]);
    });
  }

  function renderSummary() {
    var rows = {};
    var topicSet = {};
    DATA.claims.forEach(function (c) {
      // Every speaker and topic, under the other filters (type, status, article).
      if (!matchesExcept(c)) { return; }
      var s = speakerOf(c);
      var r = rows[s] || (rows[s] = { total: 0 });
      r.total++;
      topicsOf(c).forEach(function (t) { r[t] = (r[t] || 0) + 1; topicSet[t] = true; });
    });
    var topics = Object.keys(topicSet).sort(function (a, b) {
      return a === NONE ? 1 : b === NONE ? -1 : a < b ? -1 : a > b ? 1 : 0;
    });
    var speakers = Object.keys(rows).sort(function (a, b) {
      return rows[b].total - rows[a].total || (a < b ? -1 : a > b ? 1 : 0);
    });
    var table = document.getElementById('summary-table');
    table.textContent = '';
    var head = el('tr');
    head.appendChild(el('th', null, 'speaker'));
    topics.forEach(function (t) { head.appendChild(el('th', state.topic === t ? 'sel' : null, t)); });
    head.appendChild(el('th', null, 'claims'));
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el('tbody');
    var limit = summaryAll ? speakers.length : Math.min(SUMMARY_ROWS, speakers.length);
    for (var i = 0; i < limit; i++) {
      var s = speakers[i];
      var tr = el('tr', state.speaker === s ? 'sel' : null);
      tr.appendChild(cellLink(s, s, null));
      topics.forEach(function (t) {
        var td = cellLink(rows[s][t] ? String(rows[s][t]) : '', s, t);
        if (state.topic === t || state.speaker === s) { td.className = 'sel'; }
        tr.appendChild(td);
      });
      tr.appendChild(el('td', null, String(rows[s].total)));
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    var more = document.getElementById('summary-more');
    more.style.display = speakers.length > SUMMARY_ROWS ? '' : 'none';
    more.textContent = summaryAll ? 'Show the top ' + SUMMARY_ROWS + ' speakers' : 'Show all ' + speakers.length + ' speakers';
  }
  function matchesExcept(c) {
    if (state.type && c.type !== state.type) { return false; }
    if (state.status && statusOf(c) !== state.status) { return false; }
    if (state.doc && DATA.articles[c.a].id !== state.doc) { return false; }
    return true;
  }
  function cellLink(label, speaker, topic) {
    var td = el('td');
    if (!label) { return td; }
    var a = el('a', null, label);
    var s = {};
    FILTERS.forEach(function (k) { if (state[k]) { s[k] = state[k]; } });
    s.speaker = speaker;
    if (topic) { s.topic = topic; } else { delete s.topic; }
    a.href = hashOf(s);
    a.addEventListener('click', function (e) { e.preventDefault(); setState(s); });
    td.appendChild(a);
    return td;
  }

  function describe(c) {
    var parts = [c.type + ' claim by ' + speakerOf(c)];
    if (c.role) { parts.push('role: ' + c.role); }
    parts.push('topics: ' + (c.topics.length ? c.topics.join(', ') : 'none'));
    if (c.evidence) { parts.push('evidence: ' + c.evidence); }
    var flags = [];
    if (c.hedged) { flags.push('hedged'); }
    if (c.negated) { flags.push('negated'); }
    if (c.modal) { flags.push('modal'); }
    if (c.headline) { flags.push('in headline'); }
    if (flags.length) { parts.push(flags.join(', ')); }
    parts.push('rule: ' + c.rule);
    parts.push('review: ' + statusOf(c));
    return parts.join('\n');
  }

  // A frame slot's value as an element in its slot's colour, with topic, slot and normalised value on hover.
  function slotSpan(slot, text) {
    var e = el('span', 'slot', text);
    var k = SLOT_COLOURS[slot.slot];
    if (k) {
      e.style.background = k.fill;
      e.style.boxShadow = 'inset 0 -3px ' + k.line;
    }
    e.setAttribute('data-slot', slot.slot);
    return e;
  }
  function describeSlot(f, c) {
    return f.slot + ' (' + f.topic + ' frame of ' + c.id + '): ' + f.value
      + '\nnormalised: ' + (f.norm || '(none)');
  }

  function renderText(art, claims) {
    var box = el('div', 'text');
    if (art.text === null) {
      box.appendChild(el('p', 'problem', art.problem || 'article text not found'));
      return box;
    }
    var text = art.text;
    var idx = offsets(art);
    var toU = function (cp) { return idx ? idx.toU[cp] : cp; };
    var toCp = function (u) { return idx ? idx.toCp[u] : u; };
    var spans = [];
    var bounds = {};
    bounds[0] = true;
    bounds[text.length] = true;
    var slots = [];
    claims.forEach(function (c) {
      (c.fr || []).forEach(function (f) {
        var s = toU(f.s);
        var e = toU(f.e);
        if (s === undefined || e === undefined || e <= s) { return; }
        slots.push({ s: s, e: e, c: c, f: f });
        bounds[s] = true;
        bounds[e] = true;
      });
      ROLES.forEach(function (r) {
        (c[r[0]] || []).forEach(function (p) {
          var s = toU(p[0]);
          var e = toU(p[1]);
          if (s === undefined || e === undefined || e <= s) { return; }
          spans.push({ s: s, e: e, c: c, role: r[1] });
          bounds[s] = true;
          bounds[e] = true;
        });
      });
    });
    var cuts = Object.keys(bounds).map(Number).sort(function (a, b) { return a - b; });
    spans.sort(function (a, b) { return a.s - b.s; });
    slots.sort(function (a, b) { return a.s - b.s; });
    var active = [];
    var next = 0;
    var activeSlots = [];
    var nextSlot = 0;
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i];
      var to = cuts[i + 1];
      while (next < spans.length && spans[next].s <= from) { active.push(spans[next]); next++; }
      active = active.filter(function (sp) { return sp.e > from; });
      while (nextSlot < slots.length && slots[nextSlot].s <= from) { activeSlots.push(slots[nextSlot]); nextSlot++; }
      activeSlots = activeSlots.filter(function (sp) { return sp.e > from; });
      var piece = text.slice(from, to);
      if (!active.length && !activeSlots.length) {
        box.appendChild(document.createTextNode(piece));
        continue;
      }
      var roles = {};
      var keys = [];
      var ids = [];
      var titles = [];
      active.forEach(function (sp) {
        roles[sp.role] = true;
        keys.push(sp.c.id + ':' + sp.role);
        if (ids.indexOf(sp.c.id) < 0) { ids.push(sp.c.id); titles.push(sp.role + ' of ' + sp.c.id + '\n' + describe(sp.c)); }
      });
      var m = el('mark', ('hl ' + Object.keys(roles).sort().join(' ')).trim(), activeSlots.length ? null : piece);
      if (activeSlots.length) { m.appendChild(slotPiece(activeSlots, piece, toCp(from), ids)); }
      m.setAttribute('data-k', keys.join(' '));
      m.setAttribute('data-c', ids.join(' '));
      m.setAttribute('data-cp', String(toCp(from)));
      m.title = titles.join('\n\n');
      box.appendChild(m);
    }
    return box;
  }

  // A piece of text inside one or more slot values: coloured as the shortest, every slot on hover.
  // data-f lists "CLAIM_ID:topic:slot:START" of each slot value (START: where the whole value starts, in code points).
  function slotPiece(active, piece, cp, ids) {
    var inner = active.slice().sort(function (a, b) { return (a.e - a.s) - (b.e - b.s); });
    var span = slotSpan(inner[0].f, piece);
    span.setAttribute('data-f', active.map(function (sp) { return sp.c.id + ':' + sp.f.topic + ':' + sp.f.slot + ':' + sp.f.s; }).join(' '));
    span.setAttribute('data-cp', String(cp));
    span.title = inner.map(function (sp) { return describeSlot(sp.f, sp.c); }).join('\n\n');
    active.forEach(function (sp) { if (ids.indexOf(sp.c.id) < 0) { ids.push(sp.c.id); } });
    return span;
  }

  // The claim's frames on its card: per topic, each slot in its colour with its value and normalised value.
  function renderFrames(c) {
    var box = el('div', 'frames');
    var topics = [];
    (c.fr || []).forEach(function (f) { if (topics.indexOf(f.topic) < 0) { topics.push(f.topic); } });
    topics.forEach(function (t) {
      var line = el('div', null, t + ' frame: ');
      (c.fr || []).filter(function (f) { return f.topic === t; }).forEach(function (f, i) {
        if (i) { line.appendChild(document.createTextNode(' · ')); }
        var chip = slotSpan(f, f.slot);
        chip.title = describeSlot(f, c);
        line.appendChild(chip);
        line.appendChild(document.createTextNode(' ' + f.value + (f.norm && f.norm !== f.value ? ' → ' + f.norm : '')));
      });
      box.appendChild(line);
    });
    return box;
  }

  function renderSlotLegend() {
    var legend = document.getElementById('slot-legend');
    if (!DATA.slots || !DATA.slots.length) { return; }
    legend.appendChild(el('span', 'legend-label', 'frame slots:'));
    DATA.slots.forEach(function (k) {
      var chip = slotSpan(k, k.slot);
      chip.title = 'a ' + k.slot + ' value of a claim\'s frame; hover one in the text for its topic and normalised value';
      legend.appendChild(chip);
    });
    legend.hidden = false;
  }

  function focus(id, on) {
    var marks = document.querySelectorAll('mark[data-c~="' + id + '"]');
    for (var i = 0; i < marks.length; i++) { marks[i].classList.toggle('focus', on); }
  }

  function renderCard(c) {
    var li = el('li', 'claim');
    li.setAttribute('data-claim-id', c.id);
    li.setAttribute('data-status', statusOf(c));
    var head = el('div');
    head.appendChild(el('span', 'badge', c.type));
    head.appendChild(el('span', 'badge status', statusOf(c)));
    if (c.hedged) { head.appendChild(el('span', 'badge', 'hedged')); }
    if (c.negated) { head.appendChild(el('span', 'badge', 'negated')); }
    if (c.modal) { head.appendChild(el('span', 'badge', 'modal')); }
    if (c.headline) { head.appendChild(el('span', 'badge', 'in headline')); }
    head.appendChild(el('span', 'rule', c.rule));
    li.appendChild(head);
    var who = el('div');
    if (c.speaker) {
      who.appendChild(el('span', 'hl speaker', c.speaker));
      if (c.canon && c.canon !== c.speaker) { who.appendChild(document.createTextNode(' → ' + c.canon)); }
      if (c.role) { who.appendChild(document.createTextNode(' (' + c.role + ')')); }
      who.appendChild(document.createTextNode(' '));
    }
    if (c.cue) { who.appendChild(el('span', 'hl cue', c.cue)); }
    if (who.childNodes.length) { li.appendChild(who); }
    var what = el('div');
    what.appendChild(el('span', 'hl content', c.content));
    li.appendChild(what);
    li.appendChild(el('div', null, 'topics: ' + (c.topics.length ? c.topics.join(', ') : 'none')
      + (c.evidence ? ' (' + c.evidence + ')' : '')));
    if (c.fr && c.fr.length) { li.appendChild(renderFrames(c)); }
    if (c.note) { li.appendChild(el('div', 'note', 'note: ' + c.note)); }
    li.appendChild(el('div', 'cid', c.id));
    li.addEventListener('mouseenter', function () { focus(c.id, true); });
    li.addEventListener('mouseleave', function () { focus(c.id, false); });
    return li;
  }

  function renderArticle(g) {
    var art = DATA.articles[g.a];
    var sec = el('section', 'article');
    sec.setAttribute('data-doc', art.id);
    var h = el('h2');
    var link = el('a', null, art.id);
    link.href = hashOf({ doc: art.id });
    h.appendChild(link);
    if (art.title) { h.appendChild(document.createTextNode(' — ' + art.title)); }
    sec.appendChild(h);
    var meta = [g.claims.length + ' of ' + art.n + ' claims shown'];
    if (art.outlet) { meta.push(art.outlet); }
    if (art.published) { meta.push(art.published); }
    if (art.url) { meta.push(art.url); }
    sec.appendChild(el('div', 'docmeta', meta.join(' · ')));
    var cols = el('div', 'cols');
    cols.appendChild(renderText(art, g.claims));
    var list = el('ol', 'claims');
    g.claims.forEach(function (c) { list.appendChild(renderCard(c)); });
    cols.appendChild(list);
    sec.appendChild(cols);
    return sec;
  }

  function showMore() {
    var main = document.getElementById('articles');
    var end = Math.min(groups.length, shown + PAGE);
    for (; shown < end; shown++) { main.appendChild(renderArticle(groups[shown])); }
    document.getElementById('more').style.display = shown < groups.length ? '' : 'none';
    document.getElementById('more-btn').textContent = 'Show more articles (' + (groups.length - shown) + ' left)';
  }

  function render() {
    renderFilters();
    renderSummary();
    var byArticle = {};
    groups = [];
    var n = 0;
    DATA.claims.forEach(function (c) {
      if (!matches(c)) { return; }
      n++;
      var g = byArticle[c.a];
      if (!g) { g = byArticle[c.a] = { a: c.a, claims: [] }; groups.push(g); }
      g.claims.push(c);
    });
    groups.sort(function (x, y) { return x.a - y.a; });
    document.getElementById('count').textContent = n + ' of ' + DATA.claims.length + ' claims in '
      + groups.length + ' of ' + DATA.articles.length + ' articles match'
      + (n === 0 ? ': no claim matches these filters.' : '.');
    var main = document.getElementById('articles');
    main.textContent = '';
    shown = 0;
    showMore();
    document.body.setAttribute('data-rendered', String(n));
  }

  function init() {
    var meta = DATA.claims.length + ' claims in ' + DATA.articles.length + ' articles, from ' + DATA.source + '.';
    if (DATA.orphans) { meta += ' ' + DATA.orphans + ' reviewed claims are no longer extracted: see review-orphans.csv.'; }
    document.getElementById('meta').textContent = meta;
    renderSlotLegend();
    ['topic', 'speaker', 'type', 'status'].forEach(function (k) {
      document.getElementById('f-' + k).addEventListener('change', function (e) {
        var s = {};
        FILTERS.forEach(function (f) { if (state[f]) { s[f] = state[f]; } });
        if (e.target.value) { s[k] = e.target.value; } else { delete s[k]; }
        setState(s);
      });
    });
    document.getElementById('f-clear').addEventListener('click', function () { setState({}); });
    document.getElementById('summary-more').addEventListener('click', function () { summaryAll = !summaryAll; renderSummary(); });
    document.getElementById('more-btn').addEventListener('click', showMore);
    if ('IntersectionObserver' in window) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; }) && shown < groups.length) { showMore(); }
      }, { rootMargin: '400px' }).observe(document.getElementById('more'));
    }
    window.addEventListener('hashchange', function () { readHash(); render(); });
    readHash();
    render();
  }
  init();
})();
