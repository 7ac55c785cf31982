/* geoviz page behaviour: side panel, timeline <-> map, legend, layer stacking.
   Layers register themselves while the map script runs (geoviz.register / geoviz.stack);
   geoviz.start(map, config) wires the page once everything exists. No network, no globals but
   window.geoviz. */
(function () {
  "use strict";

  var NARROW = "(max-width: 720px)";
  var features = Object.create(null); // key -> {layer, group, latlng}
  var back = []; // layers kept under the routes (areas, uncertainty halos)
  var front = []; // layers kept over the other vector layers (the flown route)
  var map = null;

  function isNarrow() {
    return !!(window.matchMedia && window.matchMedia(NARROW).matches);
  }

  function panelIsOpen() {
    var cls = document.body.classList;
    return isNarrow() ? cls.contains("gv-panel-open") : !cls.contains("gv-panel-closed");
  }

  function setPanel(open) {
    var cls = document.body.classList;
    if (isNarrow()) {
      cls.toggle("gv-panel-open", open);
    } else {
      cls.toggle("gv-panel-closed", !open);
    }
    var button = document.getElementById("gv-toggle");
    if (button) button.setAttribute("aria-expanded", String(open));
    // The map's box changes on wide screens: let Leaflet re-measure after the transition.
    if (map) window.setTimeout(function () { map.invalidateSize(); }, 220);
  }

  function register(key, layer, group, latlng) {
    features[key] = { layer: layer, group: group, latlng: L.latLng(latlng) };
    layer.on("popupopen", function () { markActive(key); });
    layer.on("popupclose", function () { markActive(null); });
  }

  function stack(layer, where) {
    (where === "back" ? back : front).push(layer);
  }

  function restack() {
    // bringToBack in reverse registration order leaves the first registered lowest.
    for (var i = back.length - 1; i >= 0; i--) {
      if (map.hasLayer(back[i])) back[i].bringToBack();
    }
    front.forEach(function (layer) { if (map.hasLayer(layer)) layer.bringToFront(); });
  }

  function markActive(key) {
    var items = document.querySelectorAll("[data-gv-feature]");
    Array.prototype.forEach.call(items, function (el) {
      var on = el.getAttribute("data-gv-feature") === key;
      el.classList.toggle("gv-active", on);
      if (on) el.setAttribute("aria-current", "true"); else el.removeAttribute("aria-current");
    });
  }

  function show(key) {
    var f = features[key];
    if (!f || !map) return;
    if (f.group && !map.hasLayer(f.group)) map.addLayer(f.group);
    if (isNarrow()) setPanel(false);
    var bounds = typeof f.layer.getBounds === "function" ? f.layer.getBounds() : null;
    var view = map.getBounds();
    if (bounds && bounds.isValid() && !bounds.getSouthWest().equals(bounds.getNorthEast())) {
      if (!view.contains(bounds)) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 10, animate: false });
    } else if (!view.contains(f.latlng)) {
      map.panTo(f.latlng, { animate: false });
    }
    f.layer.openPopup(f.latlng);
  }

  function fit(bounds, maxZoom, legend) {
    // Keep the incident clear of the legend (bottom right) when it is open.
    var open = legend && legend.querySelector("details[open]");
    var right = open ? Math.min(legend.offsetWidth + 20, map.getSize().x / 3) : 30;
    map.fitBounds(bounds, {
      paddingTopLeft: [30, 30], paddingBottomRight: [right, 30], maxZoom: maxZoom, animate: false
    });
  }

  function addLegend(html, narrow) {
    var Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var div = L.DomUtil.create("div", "gv-legend");
        div.innerHTML = html; // built by geoviz from fixed strings, no source text
        if (narrow) div.querySelector("details").removeAttribute("open");
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      }
    });
    var legend = new Legend().addTo(map);
    return legend.getContainer();
  }

  function start(m, config) {
    map = m;
    map.attributionControl.setPrefix(config.attribution);
    // Closed where it would cover much of the map.
    var legend = addLegend(config.legend, isNarrow() || window.innerHeight < 640);
    fit(config.bounds, config.maxZoom, legend);
    // Printing gives the map another size: redraw and refit for it, and back afterwards.
    var refit = function () { map.invalidateSize({ animate: false }); fit(config.bounds, config.maxZoom, legend); };
    window.addEventListener("beforeprint", refit);
    window.addEventListener("afterprint", refit);
    if (window.matchMedia) {
      var print = window.matchMedia("print");
      if (print.addEventListener) print.addEventListener("change", refit);
    }
    map.on("overlayadd", restack);
    restack();
    var button = document.getElementById("gv-toggle");
    if (button) {
      button.setAttribute("aria-expanded", String(panelIsOpen()));
      button.addEventListener("click", function () { setPanel(!panelIsOpen()); });
    }
    var items = document.querySelectorAll("[data-gv-feature]");
    Array.prototype.forEach.call(items, function (el) {
      el.addEventListener("click", function () { show(el.getAttribute("data-gv-feature")); });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && isNarrow() && panelIsOpen()) setPanel(false);
    });
  }

  window.geoviz = { register: register, stack: stack, start: start, show: show };
})();
