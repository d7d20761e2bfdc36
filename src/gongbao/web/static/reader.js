// The reader's outline by keyboard: arrow keys walk its entries, Home/End jump to the first
// and last, and following an entry moves the focus to its block (which scrolls into view),
// so reading goes on from there. A static script: the pages allow no inline script.
(function () {
  "use strict";
  var nav = document.querySelector("nav.outline");
  if (!nav) return;
  function entries() {
    return Array.prototype.slice.call(nav.querySelectorAll("a[href^='#b-']"));
  }
  nav.addEventListener("keydown", function (ev) {
    var list = entries();
    var at = list.indexOf(document.activeElement);
    if (at < 0) return;
    var next = null;
    if (ev.key === "ArrowDown" || ev.key === "ArrowRight") next = list[Math.min(at + 1, list.length - 1)];
    else if (ev.key === "ArrowUp" || ev.key === "ArrowLeft") next = list[Math.max(at - 1, 0)];
    else if (ev.key === "Home") next = list[0];
    else if (ev.key === "End") next = list[list.length - 1];
    if (next) {
      ev.preventDefault();
      next.focus();
    }
  });
  function focusBlock(hash) {
    if (!hash || hash.indexOf("#b-") !== 0) return;
    var block = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (block) block.focus();
  }
  nav.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a[href^='#b-']") : null;
    if (!link) return;
    // the browser scrolls to the block; the focus follows it there
    window.setTimeout(function () { focusBlock(link.getAttribute("href")); }, 0);
  });
})();
