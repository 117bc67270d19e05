// The embed tells its parent its height whenever it changes: as Pym.js
// does (when the parent is Pym's, which passes childId) and as AMP's
// embed-size message (which the embed code on the story page listens to).
// It runs at the end of the body, so the links are all there.
(function () {
  var q = new URLSearchParams(location.search);
  var id = q.get("childId");
  var last = 0;
  function send() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last || parent === window) return;
    last = h;
    if (id) parent.postMessage("pymxPYMx" + id + "xPYMxheightxPYMx" + h, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
  }
  // Links to other pages open in the parent's window, not in the frame.
  Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
    if (a.getAttribute("href").charAt(0) !== "#") a.target = "_top";
  });
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
  addEventListener("load", send);
  addEventListener("resize", send);
  send();
})();
