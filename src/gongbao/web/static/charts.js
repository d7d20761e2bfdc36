// Draws each chart from the JSON its page holds in <script type="application/json"
// class="chart-spec" data-chart="ID"> (no inline script: the pages' CSP is script-src 'self').
// Fitted to the chart's width: smaller type on a phone, and the category labels of a chart
// with categories down the side (yaxis.type "category") wrapped onto lines that leave the
// bars most of the width; the chart grows to hold the wrapped lines. Drawn again when the
// width crosses from phone to desktop or back.
(function () {
  "use strict";
  var PHONE = 600;

  // lines of at most n characters, about equally long (no last line of one character); a
  // bracket ('（2025）') kept whole on a line of its own where it does not fit on the one before
  function wrap(label, n) {
    var s = String(label);
    if (s.length <= n) return s;
    var size = Math.ceil(s.length / Math.ceil(s.length / n));
    var out = [], line = "";
    s.split(/(?=（)/).forEach(function (part) {
      if (line && line.length + part.length > n) { out.push(line); line = ""; }
      while (part.length > n) {
        out.push(part.slice(0, size));
        part = part.slice(size);
      }
      line += part;
    });
    if (line) out.push(line);
    return out.join("<br>");
  }

  function fitted(spec, width) {
    var phone = width < PHONE;
    var size = phone ? 11 : 13;
    var layout = JSON.parse(JSON.stringify(spec.layout || {}));
    layout.font = Object.assign({family: "Noto Sans CJK SC, sans-serif", size: size}, layout.font);
    var y = layout.yaxis || {};
    if (y.type === "category") {
      var cats = [];
      spec.data.forEach(function (t) {
        (t.y || []).forEach(function (c) { if (cats.indexOf(c) < 0) cats.push(c); });
      });
      // at most 40 % of a phone's width (30 % of a desktop's) for the labels
      var chars = Math.max(5, Math.floor(width * (phone ? 0.4 : 0.3) / size));
      var lines = 1;
      y.tickmode = "array";
      y.tickvals = cats;
      y.ticktext = cats.map(function (c) {
        var w = wrap(c, chars);
        lines = Math.max(lines, w.split("<br>").length);
        return w;
      });
      layout.yaxis = y;
      var bars = spec.data.filter(function (t) { return t.type === "bar"; }).length || 1;
      var row = Math.max(lines * (size + 3) + 8, bars * 20 + 6);
      var m = layout.margin || {};
      layout.height = Math.max(layout.height || 0, (m.t || 10) + (m.b || 48) + 30 + cats.length * row);
    }
    return layout;
  }

  function draw(div, spec, phone) {
    div.dataset.phone = phone ? "1" : "0";
    var data = spec.data.map(function (t) {
      return t.type === "bar" ? Object.assign({textfont: {size: phone ? 10 : 12}}, t) : t;
    });
    Plotly.react(div, data, fitted(spec, div.clientWidth || window.innerWidth),
      {responsive: true, displayModeBar: false});
  }

  var charts = [];
  document.querySelectorAll("script.chart-spec").forEach(function (el) {
    var div = document.getElementById(el.dataset.chart);
    if (!div || div.dataset.drawn) return;
    div.dataset.drawn = "1";
    var spec = JSON.parse(el.textContent);
    charts.push([div, spec]);
    draw(div, spec, (div.clientWidth || window.innerWidth) < PHONE);
  });

  var pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      charts.forEach(function (c) {
        var phone = (c[0].clientWidth || window.innerWidth) < PHONE;
        if ((c[0].dataset.phone === "1") !== phone) draw(c[0], c[1], phone);
      });
    }, 150);
  });
})();
