// Draws each chart from the JSON its page holds in <script type="application/json"
// class="chart-spec" data-chart="ID"> (no inline script: the pages' CSP is script-src 'self').
(function () {
  "use strict";
  document.querySelectorAll("script.chart-spec").forEach(function (el) {
    var div = document.getElementById(el.dataset.chart);
    if (!div || div.dataset.drawn) return;
    div.dataset.drawn = "1";
    var spec = JSON.parse(el.textContent);
    Plotly.newPlot(div, spec.data,
      Object.assign({font: {family: "Noto Sans CJK SC, sans-serif"}}, spec.layout),
      {responsive: true, displayModeBar: false});
  });
})();
