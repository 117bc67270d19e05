// Reader controls of a timeline: oldest or newest first (also ?order=),
// filters by group, years opened when a link points into them (or, in a
// story split into pages, the page holding the event), and the embed
// code copied. The page is whole without this script.
(function () {
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function reverse(list) {
    all(":scope > li", list).reverse().forEach(function (li) { list.appendChild(li); });
  }
  function setOrder(tl, order) {
    if (tl.dataset.order === order) return;
    reverse(tl);
    all("details", tl).forEach(function (d) {
      // Month headings go with their events: reverse the pairs.
      var parts = [], h = null;
      all(":scope > h3, :scope > ol", d).forEach(function (el) {
        if (el.tagName === "H3") { h = el; return; }
        reverse(el);
        parts.push([h, el]);
        h = null;
      });
      parts.reverse().forEach(function (p) { if (p[0]) d.appendChild(p[0]); d.appendChild(p[1]); });
    });
    tl.dataset.order = order;
  }
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var tl = document.querySelector(".timeline[data-pages]");
    if (id && !el && tl) {
      // A story split into pages: go to the page the event is on.
      fetch(tl.dataset.pages).then(function (r) { return r.json(); }).then(function (pages) {
        if (Object.prototype.hasOwnProperty.call(pages, id)) location.replace(tl.dataset.base + pages[id] + "/#" + encodeURIComponent(id));
      }).catch(function () {});
      return;
    }
    for (var d = el && el.closest("details.year__details"); d; d = d.parentElement.closest("details.year__details")) d.open = true;
    if (el) el.scrollIntoView();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var tl = document.querySelector(".timeline");
    var controls = document.querySelector(".controls");
    if (tl && controls) {
      controls.hidden = false;
      var button = controls.querySelector("[data-order-toggle]");
      var order = new URLSearchParams(location.search).get("order");
      if (order === "newest" || order === "oldest") setOrder(tl, order);
      button.setAttribute("aria-pressed", String(tl.dataset.order === "newest"));
      button.addEventListener("click", function () {
        setOrder(tl, tl.dataset.order === "newest" ? "oldest" : "newest");
        button.setAttribute("aria-pressed", String(tl.dataset.order === "newest"));
        var u = new URL(location.href);
        u.searchParams.set("order", tl.dataset.order);
        history.replaceState(null, "", u);
      });
      var boxes = all("[data-group-filter]", controls);
      boxes.forEach(function (box) {
        box.addEventListener("change", function () {
          var on = {};
          boxes.forEach(function (b) { on[b.value] = b.checked; });
          all(".event[data-group]", tl).forEach(function (li) { li.hidden = !on[li.dataset.group]; });
        });
      });
    }
    all("[data-copy]").forEach(function (b) {
      var text = document.getElementById(b.dataset.copy);
      if (!navigator.clipboard || !text) return;
      b.hidden = false;
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(text.value).then(function () { b.textContent = "Copied"; });
      });
    });
    openTarget();
  });
  addEventListener("hashchange", openTarget);
})();
