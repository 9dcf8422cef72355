// Front Door page behaviour. Loaded as a file (the CSP forbids inline script); everything works without it.
(function () {
  "use strict";

  function runsFor(field) {
    return document.querySelectorAll('pre.mail [data-fields~="' + CSS.escape(field) + '"]');
  }

  function light(field, on) {
    runsFor(field).forEach(function (el) { el.classList.toggle("lit", on); });
  }

  var pinned = null;
  document.querySelectorAll("tr.fact[data-field]").forEach(function (row) {
    var field = row.getAttribute("data-field");
    row.addEventListener("mouseenter", function () { light(field, true); });
    row.addEventListener("mouseleave", function () { if (pinned !== row) light(field, false); });
    row.addEventListener("focusin", function () { light(field, true); });
    row.addEventListener("focusout", function () { if (pinned !== row) light(field, false); });
    row.addEventListener("click", function (event) {
      if (event.target.closest("form, details, button, a, input, select, textarea")) return;
      if (pinned) { light(pinned.getAttribute("data-field"), false); pinned.classList.remove("active"); }
      if (pinned === row) { pinned = null; return; }
      pinned = row;
      row.classList.add("active");
      light(field, true);
      var first = runsFor(field)[0];
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    });
    row.addEventListener("keydown", function (event) {
      if ((event.key === "Enter" || event.key === " ") && event.target === row) { event.preventDefault(); row.click(); }
    });
  });

  document.querySelectorAll('[role="tablist"]').forEach(function (list) {
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
    function select(tab) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
      });
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab); });
      tab.addEventListener("keydown", function (event) {
        var next = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (next) { var t = tabs[(i + next + tabs.length) % tabs.length]; select(t); t.focus(); }
      });
    });
    if (tabs.length) select(tabs[0]);
  });
})();
