// beleidsgraaf network view. All document text reaches the page as JSON and is written with
// textContent, never as HTML; links are only made from http(s) identifiers.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bg-data").textContent);
  var TYPES = data.types;
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var adjacency = {};
  data.nodes.forEach(function (n) { adjacency[n.id] = []; });
  data.edges.forEach(function (e) { adjacency[e.from].push(e.to); adjacency[e.to].push(e.from); });

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) { x.textContent = String(text); }
    if (cls) { x.className = cls; }
    return x;
  }
  function safeUrl(u) { return /^https?:\/\/[^\s<>"']+$/i.test(u) ? u : null; }
  function isStatement(n) { return n.type === "Commitment" || n.type === "Request"; }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var t = TYPES[n.type] || { color: "#999", shape: "dot" };
    return { id: n.id, label: n.label, x: n.x, y: n.y, shape: t.shape,
             color: n.overdue ? { background: "#b00020", border: "#600" } : t.color,
             size: isStatement(n) ? 7 : 16, borderWidth: isStatement(n) ? 1 : 2,
             font: (t.shape === "box" || t.shape === "ellipse")
               ? { size: 16, color: "#ffffff", strokeWidth: 0 }
               : { size: isStatement(n) ? 7 : 16, strokeWidth: 3, strokeColor: "#ffffff" } };
  }));
  // "mentioned in" links every entity to every document that names it: drawn only on request
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, label: e.label, arrows: "to", hidden: e.label === "mentioned in",
             dashes: e.label === "mentioned in" };
  }));
  var big = data.nodes.length > 1500;
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: false, tooltipDelay: 3600000, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    edges: { smooth: false, font: { size: 8, align: "middle" }, color: { color: "#bbb", highlight: "#333" } },
    nodes: { borderWidth: 1, color: { border: "#333333" } }
  });
  network.once("afterDrawing", function () {
    window.bgReady = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  // ------------------------------------------------------------------ controls
  var typeBox = document.getElementById("types");
  Object.keys(TYPES).forEach(function (t) {
    if (!data.nodes.some(function (n) { return n.type === t; })) { return; }
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = t;
    var sw = el("span", "", "swatch " + TYPES[t].shape); sw.style.background = TYPES[t].color;
    label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", TYPES[t].label));
    typeBox.appendChild(label);
    box.addEventListener("change", apply);
  });
  function fill(select, items) {
    items.forEach(function (it) { var o = el("option", it[1]); o.value = it[0]; select.appendChild(o); });
  }
  var ministries = data.nodes.filter(function (n) { return n.type === "Ministry"; })
    .map(function (n) { return [n.id, n.label]; }).sort(function (a, b) { return a[1].localeCompare(b[1]); });
  fill(document.getElementById("ministry"), ministries);
  fill(document.getElementById("status"), data.statuses.map(function (s) { return [s, data.statusLabels[s] || s]; }));
  fill(document.getElementById("document"), data.nodes.filter(function (n) { return n.type === "Document"; })
    .map(function (n) { return [n.id, (n.date ? n.date + " " : "") + n.label]; })
    .sort(function (a, b) { return a[1].localeCompare(b[1]); }));
  ["ministry", "status", "document", "from", "to"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", apply);
  });
  var mentionsBox = document.getElementById("mentions");
  mentionsBox.addEventListener("change", function () {
    edges.update(edges.get({ filter: function (e) { return e.label === "mentioned in"; } })
      .map(function (e) { return { id: e.id, hidden: !mentionsBox.checked }; }));
  });

  var focusSet = null;
  function activeTypes() {
    var on = {};
    typeBox.querySelectorAll("input").forEach(function (b) { on[b.value] = b.checked; });
    return on;
  }
  function visibleIds() {
    var on = activeTypes();
    var ministry = document.getElementById("ministry").value;
    var status = document.getElementById("status").value;
    var doc = document.getElementById("document").value;
    var from = document.getElementById("from").value;
    var to = document.getElementById("to").value;
    var statementFilter = ministry || status || doc || from || to;
    var keep = {};
    data.nodes.forEach(function (n) {
      if (!isStatement(n) || on[n.type] === false) { return; }
      if (ministry && n.ministry !== ministry) { return; }
      if (status && n.status !== status) { return; }
      if (doc && (n.documents || []).indexOf(doc) < 0) { return; }
      if (from && (!n.date || n.date < from)) { return; }
      if (to && (!n.date || n.date > to)) { return; }
      keep[n.id] = true;
    });
    data.nodes.forEach(function (n) {
      if (isStatement(n) || on[n.type] === false) { return; }
      if (statementFilter) {
        if (doc && n.type === "Document" && n.id !== doc) { return; }
        if (!adjacency[n.id].some(function (m) { return keep[m] && isStatement(byId[m]); }) &&
            !(doc && n.id === doc)) { return; }
      }
      keep[n.id] = true;
    });
    if (focusSet) {
      Object.keys(keep).forEach(function (id) { if (!focusSet[id]) { delete keep[id]; } });
    }
    return keep;
  }
  function apply() {
    var keep = visibleIds();
    var updates = [];
    var shown = 0;
    data.nodes.forEach(function (n) {
      var hidden = !keep[n.id];
      if (!hidden) { shown += 1; }
      updates.push({ id: n.id, hidden: hidden });
    });
    nodes.update(updates);
    document.getElementById("count").textContent = shown + " van " + data.nodes.length + " knopen zichtbaar";
  }
  function neighbourhood(start, depth) {
    var seen = {}; seen[start] = true;
    var frontier = [start];
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (id) {
        if (byId[id].type === "Document" && id !== start) { return; }
        adjacency[id].forEach(function (m) { if (!seen[m]) { seen[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    return seen;
  }
  var selected = null;
  document.getElementById("focus").addEventListener("click", function () {
    if (!selected) { return; }
    var depth = parseInt(document.getElementById("depth").value, 10) || 2;
    focusSet = neighbourhood(selected, depth);
    apply();
    network.fit({ nodes: Object.keys(focusSet), animation: false });
  });
  document.getElementById("reset").addEventListener("click", function () {
    focusSet = null;
    ["ministry", "status", "document", "from", "to"].forEach(function (id) { document.getElementById(id).value = ""; });
    typeBox.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    apply();
    network.fit({ animation: false });
  });

  // ------------------------------------------------------------------ search
  var searchBox = document.getElementById("search");
  var results = document.getElementById("results");
  function names(n) { return [n.label || "", n.notation || ""].concat(n.altLabels || []); }
  searchBox.addEventListener("input", function () {
    var q = searchBox.value.trim().toLowerCase();
    results.textContent = "";
    if (q.length < 2) { return; }
    var hits = data.nodes.filter(function (n) {
      return !isStatement(n) && names(n).some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
    }).slice(0, 30);
    hits.forEach(function (n) {
      var li = el("li");
      var b = el("button", n.label + " (" + (TYPES[n.type] || {}).label + ")");
      b.type = "button";
      b.setAttribute("data-id", n.id);
      b.addEventListener("click", function () { select(n.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
  });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var first = results.querySelector("button"); if (first) { first.click(); } }
  });

  // ------------------------------------------------------------------ details panel
  function select(id) {
    selected = id;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.0, animation: false });
    show(byId[id]);
  }
  network.on("click", function (params) {
    if (params.nodes.length) { selected = params.nodes[0]; show(byId[selected]); }
  });
  document.getElementById("close").addEventListener("click", function () {
    document.getElementById("panel").hidden = true;
  });
  function row(dl, term, value) {
    if (value === undefined || value === null || value === "" || (value.length === 0)) { return; }
    dl.appendChild(el("dt", term));
    var dd = el("dd");
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    dl.appendChild(dd);
  }
  function show(n) {
    var box = document.getElementById("details");
    box.textContent = "";
    box.appendChild(el("h2", isStatement(n) ? (TYPES[n.type] || {}).label : n.label));
    box.appendChild(el("p", (TYPES[n.type] || {}).label, "type"));
    var dl = el("dl");
    if (isStatement(n)) {
      row(dl, "Uitspraak", n.quote);
      row(dl, "Status", data.statusLabels[n.status] || n.status);
      row(dl, "Uiterlijk", n.due ? n.due + (n.dueText ? " (" + n.dueText + ")" : "") : n.dueText);
      if (n.overdue) { row(dl, "Te laat", el("span", "over de termijn op " + data.asOf, "overdue")); }
      adjacency[n.id].forEach(function (m) {
        var e = data.edges.filter(function (x) { return (x.from === n.id && x.to === m); })[0];
        if (e) { row(dl, e.label, byId[m].label); }
      });
    } else {
      row(dl, "Afkorting", n.notation);
      row(dl, "Ook genoemd", (n.altLabels || []).join(" · "));
      if (n.identifiers && n.identifiers.length) {
        var ul = el("ul");
        n.identifiers.forEach(function (u) {
          var li = el("li");
          var safe = safeUrl(u);
          if (safe) {
            var a = el("a", u); a.href = safe; a.target = "_blank"; a.rel = "noopener noreferrer";
            li.appendChild(a);
          } else { li.textContent = u; }
          ul.appendChild(li);
        });
        row(dl, "Publieke identificatie", ul);
      }
      if (n.type === "Document") { row(dl, "Datum", n.date); row(dl, "Bestand", n.file); }
    }
    box.appendChild(dl);
    var sources = n.sources || [];
    if (sources.length) {
      box.appendChild(el("h3", "Bronzinnen (" + sources.length + ")"));
      sources.forEach(function (s) {
        var div = el("div", null, "source");
        div.appendChild(el("div", s.title + (s.date ? " — " + s.date : "") + " — " + s.file, "doc"));
        var p = el("p", null, "context");
        p.appendChild(document.createTextNode("…" + s.prefix));
        p.appendChild(el("mark", s.exact));
        p.appendChild(document.createTextNode(s.suffix + "…"));
        div.appendChild(p);
        box.appendChild(div);
      });
    }
    document.getElementById("panel").hidden = false;
  }
  apply();
  window.bgView = { select: select, apply: apply, network: network };
})();
