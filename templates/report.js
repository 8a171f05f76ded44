/* threadscope report: sorting, filters and expand/collapse. The page is
   complete without it (plain tables, <details> trees); nothing is fetched. */
(function () {
  "use strict";
  var doc = document;
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // Controls that only work with JavaScript start hidden.
  each(doc.querySelectorAll("[data-js]"), function (el) { el.hidden = false; });

  // A long table shows its first rows; the rest wait in a closed
  // <details data-more-of="table-id">. Sorting or filtering takes them in.
  function merge(table) {
    var more = doc.querySelector('details.more-rows[data-more-of="' + table.id + '"]');
    if (!more) { return; }
    var body = table.tBodies[0];
    each(Array.prototype.slice.call(more.querySelectorAll("tbody tr")), function (r) { body.appendChild(r); });
    more.parentNode.removeChild(more);
  }

  // ---- sortable tables: a button in each column heading
  var NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
  function key(row, i) {
    var cell = row.cells[i];
    if (!cell) { return ""; }
    var v = cell.getAttribute("data-sort");
    return (v !== null ? v : cell.textContent).trim();
  }
  function compare(a, b) {
    if (a === "" || b === "") { return a === b ? 0 : (a === "" ? 1 : -1); }
    if (NUMBER.test(a) && NUMBER.test(b)) { return parseFloat(a) - parseFloat(b); }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }
  each(doc.querySelectorAll("table.sortable"), function (table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) { return; }
    each(head.cells, function (th, i) {
      var button = doc.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        merge(table);
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        each(head.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir);
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compare(key(r1, i), key(r2, i));
          return dir === "ascending" ? c : -c;
        });
        each(rows, function (r) { body.appendChild(r); });
      });
    });
  });

  // ---- table filters: <input data-filter="table-id">
  each(doc.querySelectorAll("input[data-filter]"), function (input) {
    var table = doc.getElementById(input.getAttribute("data-filter"));
    if (!table || !table.tBodies[0]) { return; }
    input.addEventListener("input", function () {
      merge(table);
      var q = input.value.trim().toLowerCase();
      each(table.tBodies[0].rows, function (row) {
        row.hidden = q !== "" && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });

  // ---- the conversation: expand / collapse all, find
  function setAll(open) {
    each(doc.querySelectorAll("#conversation details"), function (d) { d.open = open; });
  }
  each(doc.querySelectorAll("[data-tree]"), function (button) {
    button.addEventListener("click", function () { setAll(button.getAttribute("data-tree") === "open"); });
  });
  var find = doc.getElementById("tree-find");
  var found = doc.getElementById("tree-found");
  var timer = null;
  function search() {
    var q = find.value.trim().toLowerCase();
    var hits = 0;
    each(doc.querySelectorAll("#conversation article.post"), function (post) {
      var hit = q !== "" && post.textContent.toLowerCase().indexOf(q) >= 0;
      post.classList.toggle("hit", hit);
      if (hit) {
        hits += 1;
        for (var el = post.parentElement; el; el = el.parentElement) {
          if (el.tagName === "DETAILS") { el.open = true; }
        }
      }
    });
    if (found) { found.textContent = q === "" ? "" : hits + (hits === 1 ? " post matches" : " posts match"); }
  }
  if (find) {
    find.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
  }

  // ---- links into a closed branch open it
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && doc.getElementById(id);
    if (!target) { return; }
    for (var el = target.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") { el.open = true; }
    }
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  if (location.hash) { reveal(); }

  // ---- printing shows every branch, then puts them back
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(doc.querySelectorAll("details"), function (d) { return !d.open; });
    each(closed, function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    each(closed, function (d) { d.open = false; });
    closed = [];
  });
}());
