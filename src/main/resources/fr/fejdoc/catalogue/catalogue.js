/* fejdoc — catalogue: filters, full-text search and sort of the index, and the compare view.
 * The index lists every experiment and every link without this script. No network access, no
 * inline handlers, every text set with textContent. The view's state lives in the URL's fragment
 * (#q=jeune&region=Bretagne&tri=2&ordre=desc; comparer.html#p=AP1_027&p=AP1_140) so that it can be
 * shared; comparer.html also reads ?p=… as sent by the index's form without script.
 *
 * Search: the query is folded (accents removed, lower case, œ → oe, æ → ae), cut into words of
 * [a-z0-9], each word stemmed (more than 3 letters: -aux → -al, else final s or x dropped; then
 * final e dropped); an experiment is kept when every query word starts one of its terms
 * (catalogue-recherche.js, written by fr.fejdoc.catalogue.SearchIndex with the same rules: a
 * sorted dictionary of terms and, per experiment, the delta-encoded numbers of its terms). */
(function () {
  "use strict";

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae");
  }

  function stem(w) {
    if (w.length > 3) {
      if (/aux$/.test(w)) w = w.slice(0, -3) + "al";
      else if (/[sx]$/.test(w)) w = w.slice(0, -1);
    }
    if (w.length > 3 && /e$/.test(w)) w = w.slice(0, -1);
    return w;
  }

  function terms(s) {
    return fold(s).split(/[^a-z0-9]+/).filter(Boolean).map(stem);
  }

  function readHash() {
    var h = location.hash.replace(/^#/, "");
    try {
      return new URLSearchParams(h);
    } catch (e) {
      return new URLSearchParams("");
    }
  }

  function writeHash(params) {
    var s = params.toString();
    var url = location.pathname + location.search + (s ? "#" + s : "");
    try {
      history.replaceState(null, "", url);
    } catch (e) {
      location.hash = s;
    }
  }

  function el(name, cls, text) {
    var e = document.createElement(name);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function plural(n, one, many) {
    return n + "\u00a0" + (n > 1 ? many : one);
  }

  /* ------------------------------------------------------------------------------------------ */
  /* Index */

  function index(table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var original = rows.slice();
    var form = document.getElementById("filtres");
    var input = document.getElementById("recherche");
    var status = document.getElementById("compte");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facette]"));
    var data = window.FEJ_RECHERCHE || { termes: "", experiences: {} };
    form.hidden = false;

    /* the dictionary and each row's sorted term numbers (see SearchIndex.script) */
    var dict = data.termes ? data.termes.split(" ") : [];
    function decode(s) {
      var ids = [], prev = -1, v = 0;
      for (var i = 0; i < s.length; i++) {
        var c = s.charCodeAt(i);
        if (c >= 97) {
          prev += v * 26 + (c - 97);
          ids.push(prev);
          v = 0;
        } else {
          v = v * 26 + (c - 65);
        }
      }
      return ids;
    }
    var own = rows.map(function (r) {
      var code = data.experiences[r.getAttribute("data-projet")];
      return typeof code === "string" ? decode(code) : null;
    });
    var texts = rows.map(function (r, i) {
      return own[i] ? null : " " + terms(r.textContent).join(" ") + " ";
    });
    /* first index in the sorted array a whose value is not below x */
    function lower(a, x) {
      var lo = 0, hi = a.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (a[mid] < x) lo = mid + 1; else hi = mid;
      }
      return lo;
    }
    /* the dictionary range of the terms a query word starts */
    function range(w) {
      var lo = lower(dict, w), hi = lo;
      while (hi < dict.length && dict[hi].lastIndexOf(w, 0) === 0) hi++;
      return [lo, hi];
    }
    var facetValues = rows.map(function (r) {
      return selects.map(function (s) {
        var v = r.getAttribute("data-" + s.getAttribute("data-facette")) || "";
        return v === "" ? [] : v.split("|");
      });
    });

    function searchOk(i, words, ranges) {
      for (var k = 0; k < words.length; k++) {
        if (own[i]) {
          var j = lower(own[i], ranges[k][0]);
          if (j >= own[i].length || own[i][j] >= ranges[k][1]) return false;
        } else if (texts[i].indexOf(" " + words[k]) < 0) {
          return false;
        }
      }
      return true;
    }

    function facetOk(i, f, value) {
      return value === "" || facetValues[i][f].indexOf(value) >= 0;
    }

    function apply(save) {
      var words = terms(input.value);
      var ranges = words.map(range);
      var chosen = selects.map(function (s) { return s.value; });
      var counts = selects.map(function () { return {}; });
      var totals = selects.map(function () { return 0; });
      var shown = 0;
      rows.forEach(function (r, i) {
        if (!searchOk(i, words, ranges)) { r.hidden = true; return; }
        var fails = [];
        for (var f = 0; f < selects.length; f++) if (!facetOk(i, f, chosen[f])) fails.push(f);
        r.hidden = fails.length > 0;
        if (!r.hidden) shown++;
        for (var g = 0; g < selects.length; g++) {
          /* counts of facet g: the rows passing every other filter */
          if (fails.length > 1 || (fails.length === 1 && fails[0] !== g)) continue;
          totals[g]++;
          facetValues[i][g].forEach(function (v) { counts[g][v] = (counts[g][v] || 0) + 1; });
        }
      });
      selects.forEach(function (s, g) {
        Array.prototype.forEach.call(s.options, function (o) {
          if (o.value === "") o.textContent = "Toutes (" + totals[g] + ")";
          else o.textContent = o.getAttribute("data-libelle") + " (" + (counts[g][o.value] || 0) + ")";
        });
      });
      status.textContent = plural(shown, "expérimentation affichée", "expérimentations affichées") +
        " sur " + rows.length;
      if (save) saveState();
    }

    /* Sort: a button in every header but the check boxes'; a third click restores the order. */
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sortCol = -1, sortDir = "none";

    function cellAt(row, col) {
      var pos = 0;
      for (var i = 0; i < row.cells.length; i++) {
        var c = row.cells[i];
        if (col < pos + c.colSpan) return pos === col ? c : null;
        pos += c.colSpan;
      }
      return null;
    }

    function key(row, col) {
      var c = cellAt(row, col);
      if (!c) return null;
      var v = c.hasAttribute("data-valeur") ? c.getAttribute("data-valeur") : c.textContent.trim();
      return v === "" || v === "\u2014" ? null : v;
    }

    var collator = typeof Intl !== "undefined" ? new Intl.Collator("fr", { numeric: true }) : null;
    function sort(col, dir) {
      sortCol = col;
      sortDir = dir;
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      var order = original.slice();
      if (dir !== "none" && heads[col]) {
        heads[col].setAttribute("aria-sort", dir);
        var sign = dir === "ascending" ? 1 : -1;
        var keys = new Map();
        order.forEach(function (r) { keys.set(r, key(r, col)); });
        order.sort(function (a, b) {
          var x = keys.get(a), y = keys.get(b);
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
          var nx = Number(x), ny = Number(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny
            : collator ? collator.compare(x, y) : x.localeCompare(y, "fr");
          return c * sign;
        });
      }
      var frag = document.createDocumentFragment();
      order.forEach(function (r) { frag.appendChild(r); });
      body.appendChild(frag);
    }

    heads.forEach(function (th, col) {
      if (th.classList.contains("nosort")) return;
      var button = el("button", "sort");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var state = th.getAttribute("aria-sort");
        var next = state === "ascending" ? "descending" : state === "descending" ? "none" : "ascending";
        sort(col, next);
        saveState();
      });
    });

    function saveState() {
      var p = new URLSearchParams();
      if (input.value.trim()) p.set("q", input.value.trim());
      selects.forEach(function (s) { if (s.value) p.set(s.name, s.value); });
      if (sortDir !== "none" && sortCol >= 0) {
        p.set("tri", String(sortCol));
        p.set("ordre", sortDir === "ascending" ? "asc" : "desc");
      }
      writeHash(p);
    }

    function loadState() {
      var p = readHash();
      input.value = p.get("q") || "";
      selects.forEach(function (s) {
        var v = p.get(s.name) || "";
        var known = Array.prototype.some.call(s.options, function (o) { return o.value === v; });
        s.value = known ? v : "";
      });
      var col = parseInt(p.get("tri"), 10);
      if (!isNaN(col) && heads[col] && !heads[col].classList.contains("nosort")) {
        sort(col, p.get("ordre") === "desc" ? "descending" : "ascending");
      } else if (sortDir !== "none") {
        sort(-1, "none");
      }
      apply(false);
    }

    input.addEventListener("input", function () { apply(true); });
    selects.forEach(function (s) { s.addEventListener("change", function () { apply(true); }); });
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
    form.addEventListener("reset", function () {
      setTimeout(function () { apply(true); }, 0);
    });
    window.addEventListener("hashchange", loadState);

    /* Compare: the number of ticked experiments next to the button. */
    var picked = document.getElementById("nombre-coches");
    var boxes = table.querySelectorAll("input[type=checkbox][name=p]");
    function countPicked() {
      var n = 0;
      Array.prototype.forEach.call(boxes, function (b) { if (b.checked) n++; });
      picked.textContent = n ? plural(n, "expérimentation cochée", "expérimentations cochées") : "";
    }
    table.addEventListener("change", countPicked);
    countPicked();
    loadState();
  }

  /* ------------------------------------------------------------------------------------------ */
  /* Compare view */

  function compare(main, data) {
    var byName = {};
    data.experiences.forEach(function (x) { byName[x.projet] = x; });
    var choice = document.getElementById("choix");
    var view = document.getElementById("vue");

    function selection() {
      var from = readHash().getAll("p");
      if (!from.length) from = new URLSearchParams(location.search).getAll("p");
      var seen = {};
      return from.filter(function (p) {
        if (!byName[p] || seen[p]) return false;
        seen[p] = true;
        return true;
      });
    }

    function save(list) {
      var p = new URLSearchParams();
      list.forEach(function (x) { p.append("p", x); });
      writeHash(p);
    }

    /* the picker: a list of every experiment and an "add" button */
    var label = el("label", null, "Ajouter une expérimentation");
    label.setAttribute("for", "ajout");
    var select = el("select");
    select.id = "ajout";
    data.experiences.forEach(function (x) {
      var o = el("option", null, x.valeurs[0] !== "\u2014" ? x.valeurs[0] + " — " + x.titre : x.titre);
      o.value = x.projet;
      select.appendChild(o);
    });
    var add = el("button", null, "Ajouter");
    add.type = "button";
    add.id = "ajouter";
    choice.appendChild(label);
    choice.appendChild(document.createTextNode(" "));
    choice.appendChild(select);
    choice.appendChild(document.createTextNode(" "));
    choice.appendChild(add);
    choice.hidden = false;
    add.addEventListener("click", function () {
      var list = selection();
      if (list.indexOf(select.value) < 0) list.push(select.value);
      save(list);
      render();
    });

    function render() {
      var list = selection();
      while (view.firstChild) view.removeChild(view.firstChild);
      if (!list.length) {
        view.appendChild(el("p", "muted", "Aucune expérimentation choisie."));
        return;
      }
      var table = el("table", "compare");
      table.id = "comparaison-table";
      var caption = el("caption", null,
        "Comparaison de " + plural(list.length, "expérimentation", "expérimentations"));
      table.appendChild(caption);
      var thead = el("thead");
      var tr = el("tr");
      var corner = el("td");
      tr.appendChild(corner);
      list.forEach(function (p, i) {
        var x = byName[p];
        var th = el("th");
        th.scope = "col";
        var a = el("a", null, x.titre);
        a.href = x.page;
        th.appendChild(a);
        th.appendChild(document.createElement("br"));
        var rm = el("button", "remove", "Retirer");
        rm.type = "button";
        rm.appendChild(el("span", "visually-hidden", " " + x.titre + " de la comparaison"));
        rm.addEventListener("click", function () {
          var l = selection();
          l.splice(l.indexOf(p), 1);
          save(l);
          render();
          select.focus();
        });
        th.appendChild(rm);
        tr.appendChild(th);
      });
      thead.appendChild(tr);
      table.appendChild(thead);
      var tbody = el("tbody");
      data.lignes.forEach(function (name, r) {
        var row = el("tr");
        var th = el("th", null, name);
        th.scope = "row";
        row.appendChild(th);
        list.forEach(function (p) { row.appendChild(el("td", null, byName[p].valeurs[r])); });
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      view.appendChild(table);
    }

    window.addEventListener("hashchange", render);
    render();
  }

  var table = document.getElementById("experiences");
  if (table && table.tBodies.length && document.getElementById("filtres")) index(table);
  var main = document.querySelector("main.comparaison");
  if (main && window.FEJ_COMPARAISON) compare(main, window.FEJ_COMPARAISON);

  /* The "skip to content" link moves the focus without touching the fragment, which holds the
   * view's state (filters, search, sort, compared experiments). */
  Array.prototype.forEach.call(document.querySelectorAll("a.evitement"), function (a) {
    a.addEventListener("click", function (e) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) return;
      e.preventDefault();
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
      target.scrollIntoView();
    });
  });
})();
