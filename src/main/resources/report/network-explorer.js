// The report's explorable network: ECharts' graph series over the data in #network-data (the fact
// graph and the platform flow, placed by the report's seeded layout). Zoom and pan with the mouse,
// filter entity types with the legend and fact types with the menu, click a node for its facts and
// their strongest claims. Everything it needs is in the page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var types = data.entityTypes;
  var chart = echarts.init(document.getElementById("network-chart"), null, { renderer: "canvas" });
  var viewMenu = document.getElementById("network-view");
  var typeMenu = document.getElementById("network-fact-type");
  var panel = document.getElementById("network-panel");

  function view() {
    return data.views[viewMenu.value];
  }

  function draw() {
    var shown = view();
    var factType = typeMenu.value;
    var links = shown.links.filter(function (l) {
      return !factType || l.type === factType;
    });
    chart.setOption(
      {
        animation: false,
        tooltip: {
          formatter: function (p) {
            return p.dataType === "node"
              ? echarts.format.encodeHTML(p.data.label + " (" + p.data.type + ")")
              : echarts.format.encodeHTML(p.data.label);
          }
        },
        legend: [{ data: types.map(function (t) { return t.name; }), top: 4 }],
        series: [
          {
            type: "graph",
            layout: "none",
            roam: true,
            categories: types.map(function (t) {
              return { name: t.name, itemStyle: { color: t.colour } };
            }),
            label: {
              show: true,
              position: "right",
              fontSize: 11,
              formatter: function (p) { return p.data.label; }
            },
            labelLayout: { hideOverlap: true },
            edgeSymbol: ["none", "arrow"],
            edgeSymbolSize: 6,
            lineStyle: { color: "#8a96a3", opacity: 0.6, curveness: 0.08 },
            emphasis: { focus: "adjacency" },
            data: shown.nodes.map(function (n) {
              return {
                name: n.id,
                label: n.name,
                type: n.type,
                x: n.x,
                y: n.y,
                category: types.findIndex(function (t) { return t.name === n.type; }),
                symbolSize: Math.min(28, 8 + 2 * Math.sqrt(n.facts))
              };
            }),
            links: links.map(function (l) {
              return {
                source: l.source,
                target: l.target,
                label: l.type + ", " + l.claims + " claims"
              };
            })
          }
        ]
      },
      true
    );
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function show(id) {
    var shown = view();
    var node = shown.nodes.find(function (n) { return n.id === id; });
    var links = shown.links.filter(function (l) { return l.source === id || l.target === id; });
    panel.replaceChildren();
    panel.appendChild(text("h4", node.name + " (" + node.type + ")"));
    panel.appendChild(
      text("p", links.length + (links.length === 1 ? " fact" : " facts") + " drawn here", "meta")
    );
    var list = document.createElement("ul");
    links.forEach(function (l) {
      var item = document.createElement("li");
      var other = l.source === id ? l.targetName + " (" + l.target + ")" : l.sourceName + " (" + l.source + ")";
      item.appendChild(
        text(
          "strong",
          (l.source === id ? "→ " + l.type + " " : "← " + l.type + " from ") + other
        )
      );
      item.appendChild(text("span", ", " + l.claims + (l.claims === 1 ? " claim" : " claims")));
      if (l.actors && l.actors.length) {
        item.appendChild(text("span", "; moved: " + l.actors.join(", ")));
      }
      if (l.evidence.length) {
        var claims = document.createElement("ul");
        l.evidence.forEach(function (e) {
          var claim = document.createElement("li");
          claim.appendChild(text("span", "“" + e.sentence + "”", "sentence"));
          claim.appendChild(
            text("span", " — " + (e.title || "untitled article") + (e.published ? ", " + e.published : ""))
          );
          claims.appendChild(claim);
        });
        item.appendChild(claims);
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  chart.on("click", function (p) {
    if (p.dataType === "node") {
      show(p.data.name);
    }
  });
  viewMenu.addEventListener("change", function () {
    typeMenu.disabled = viewMenu.value !== "facts";
    typeMenu.value = "";
    draw();
  });
  typeMenu.addEventListener("change", draw);
  window.addEventListener("resize", function () { chart.resize(); });
  draw();
})();
