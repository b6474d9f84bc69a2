// The department map: Leaflet drawing the admin boundaries the server ships, with no tile layer,
// so the map makes no request beyond this machine's API.

import type { Feature, FeatureCollection } from "geojson";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { h } from "./dom";

/** Sequential colours, light to dark (ColorBrewer OrRd, 5 classes). */
const ramp = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];

/** The P-code and name of a boundary feature, whatever the file's property names are. */
export function unit_of(feature: Feature): { pcode: string; name: string } {
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  const pick = (...names: string[]) => names.map((name) => properties[name]).find((value) => typeof value === "string") as string | undefined;
  return {
    pcode: pick("pcode", "adm1_pcode", "ADM1_PCODE", "code") ?? "",
    name: pick("name", "adm1_name", "ADM1_FR", "ADM1_EN", "name_fr", "name_en") ?? "",
  };
}

/** A choropleth: `values` by P-code; `on_select` runs with a P-code (or "" to clear). */
export function choropleth(
  boundaries: FeatureCollection,
  values: Map<string, number>,
  metric_label: string,
  selected: string,
  on_select: (pcode: string) => void,
): HTMLElement {
  const element = h("div", { class: "map", id: "incident-map", role: "img", "aria-label": `Map of ${metric_label} by department` });
  const max = Math.max(0, ...values.values());
  // Equal-width classes of whole numbers from 1 to the largest value (fewer classes when the largest is small);
  // a value belongs to the first class whose upper bound it does not exceed.
  const classes = Math.max(1, Math.min(ramp.length, max));
  const shades = ramp.slice(ramp.length - classes);
  const bounds = shades.map((_, index) => Math.ceil((max * (index + 1)) / classes));
  const colour = (value: number) => (value <= 0 ? "#f7f7f7" : shades[bounds.findIndex((bound) => value <= bound)]);
  const bound_text = (bound: number) => String(bound);
  const legend = h(
    "ul",
    { class: "chart-key map-key" },
    h("li", {}, h("span", { class: "swatch", style: "background:#f7f7f7" }), "none"),
    max > 0 ? shades.map((shade, index) => h("li", {}, h("span", { class: "swatch", style: `background:${shade}` }), `≤ ${bound_text(bounds[index])}`)) : null,
  );
  const wrapper = h("figure", { class: "map-figure" }, element, legend);
  // Leaflet needs the element in the document to measure it, so the map starts on the next frame.
  requestAnimationFrame(() => {
    const map = L.map(element, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false, keyboard: false });
    const layer = L.geoJSON(boundaries, {
      style: (feature) => {
        const unit = unit_of(feature as Feature);
        const value = values.get(unit.pcode) ?? 0;
        const chosen = unit.pcode === selected;
        return { color: chosen ? "#000" : "#555", weight: chosen ? 3 : 1, fillColor: colour(value), fillOpacity: 0.9 };
      },
      onEachFeature: (feature, shape) => {
        const unit = unit_of(feature);
        // An element, not a string: Leaflet parses a string tooltip as HTML, and the name comes from
        // stored records and imported boundary files.
        shape.bindTooltip(h("span", { class: "map-tooltip" }, `${unit.name}: ${values.get(unit.pcode) ?? 0} ${metric_label}`));
        shape.on("click", () => on_select(unit.pcode === selected ? "" : unit.pcode));
        const path = (shape as L.Path).getElement?.();
        path?.setAttribute("data-pcode", unit.pcode);
      },
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    layer.eachLayer((shape) => {
      const feature = (shape as L.GeoJSON & { feature: Feature }).feature;
      (shape as L.Path).getElement?.()?.setAttribute("data-pcode", unit_of(feature).pcode);
    });
    new ResizeObserver(() => map.invalidateSize()).observe(element);
  });
  return wrapper;
}
