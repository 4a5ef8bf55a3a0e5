/* fejdoc — catalogue: optional search and sort of the index table.
 * The page lists every experiment and every link without this script; it only adds a search
 * field and sortable columns. No network access, no inline handlers, text set with textContent. */
(function () {
  "use strict";
  var table = document.getElementById("experiences");
  if (!table || !table.tBodies.length) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var original = rows.slice();

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* The cell under column `col`, counting colspans; null when the row has none there. */
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

  /* Search field, inserted before the table. */
  var form = document.createElement("p");
  form.className = "search";
  var label = document.createElement("label");
  label.setAttribute("for", "recherche");
  label.textContent = "Rechercher : ";
  var input = document.createElement("input");
  input.type = "search";
  input.id = "recherche";
  input.autocomplete = "off";
  var count = document.createElement("span");
  count.className = "muted";
  count.setAttribute("aria-live", "polite");
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(document.createTextNode(" "));
  form.appendChild(count);
  var scroll = table.parentNode;
  scroll.parentNode.insertBefore(form, scroll);

  var texts = rows.map(function (r) { return fold(r.textContent); });
  function filter() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = words.length
      ? shown + (shown > 1 ? " expérimentations" : " expérimentation") + " sur " + rows.length
      : "";
  }
  input.addEventListener("input", filter);

  /* Sortable columns: a button in each header; a third click restores the original order. */
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, col) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var state = th.getAttribute("aria-sort");
      var next = state === "ascending" ? "descending" : state === "descending" ? "none" : "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      var order = original.slice();
      if (next !== "none") {
        th.setAttribute("aria-sort", next);
        var dir = next === "ascending" ? 1 : -1;
        order.sort(function (a, b) {
          var x = key(a, col), y = key(b, col);
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
          var nx = Number(x), ny = Number(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, "fr");
          return c * dir;
        });
      }
      order.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
