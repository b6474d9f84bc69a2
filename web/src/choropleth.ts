// The incident map: Leaflet drawing the admin boundaries the server ships, shaded by a value per unit,
// with no tile layer, so the map makes no request beyond this machine's API. Values change in place
// (a time slider restyles the same shapes) and the boundaries can be swapped (departments, communes).

import type { Feature, FeatureCollection } from "geojson";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { h, replace } from "./dom";
import { count } from "./format";
import { t } from "./i18n";

/** Sequential colours, light to dark (ColorBrewer OrRd, 5 classes). */
const ramp = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];
const empty = "#f7f7f7";

/** The P-code and name of a boundary feature, whatever the file's property names are. */
export function unit_of(feature: Feature): { pcode: string; name: string } {
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  const pick = (...names: string[]) => names.map((name) => properties[name]).find((value) => typeof value === "string") as string | undefined;
  return {
    pcode: pick("pcode", "adm1_pcode", "ADM1_PCODE", "adm2_pcode", "ADM2_PCODE", "code") ?? "",
    name: pick("name", "adm1_name", "ADM1_FR", "ADM1_EN", "adm2_name", "ADM2_FR", "ADM2_EN", "name_fr", "name_en") ?? "",
  };
}

/** Equal-width classes of whole numbers from 1 to the largest value (fewer when the largest is small);
 * a value belongs to the first class whose upper bound it does not exceed. */
export function classes_for(max: number): { shades: string[]; bounds: number[] } {
  const classes = Math.max(1, Math.min(ramp.length, max));
  const shades = ramp.slice(ramp.length - classes);
  return { shades, bounds: shades.map((_, index) => Math.ceil((max * (index + 1)) / classes)) };
}

/** What the map shows for each unit: a value by P-code, what it counts, and the chosen unit. */
export interface Shading {
  values: Map<string, number>;
  metric: string; // "events" or "fatalities", as the reader reads it (the tooltip shows it).
  selected: string;
}

/** A choropleth of the units of one level; `on_select` runs with a P-code (or "" to clear). */
export class AreaMap {
  readonly figure: HTMLElement;
  private readonly element: HTMLElement;
  private readonly legend = h("ul", { class: "chart-key map-key", id: "incident-map-key" });
  private units: L.GeoJSON | null = null;
  private shading: Shading = { values: new Map(), metric: "events", selected: "" };
  private ready_map: L.Map | null = null;
  private waiting: ((map: L.Map) => void)[] = [];

  constructor(private readonly on_select: (pcode: string) => void) {
    this.element = h("div", { class: "map", id: "incident-map", role: "region", "aria-label": t("map_explorer.incident_map") });
    this.figure = h("figure", { class: "map-figure" }, this.element, this.legend);
    // Leaflet needs the element in the document to measure it, so the map starts on the next frame.
    requestAnimationFrame(() => {
      const map = L.map(this.element, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false, keyboard: false });
      new ResizeObserver(() => map.invalidateSize()).observe(this.element);
      this.ready_map = map;
      for (const wait of this.waiting.splice(0)) wait(map);
    });
  }

  /** The Leaflet map, once the element is in the page. */
  map(): Promise<L.Map> {
    if (this.ready_map) return Promise.resolve(this.ready_map);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Draws these boundaries in place of the previous ones and fits the view to them. */
  async show_units(boundaries: FeatureCollection, level_name: string): Promise<void> {
    const map = await this.map();
    this.units?.remove();
    this.element.setAttribute("aria-label", t("choropleth.map_of_incidents_by_level", { level_name }));
    this.units = L.geoJSON(boundaries, {
      onEachFeature: (feature, shape) => {
        const unit = unit_of(feature);
        shape.on("click", () => this.on_select(unit.pcode === this.shading.selected ? "" : unit.pcode));
      },
    }).addTo(map);
    // Shapes sit under the points' markers, which Leaflet puts in a higher pane.
    map.fitBounds(this.units.getBounds(), { padding: [8, 8] });
    this.restyle();
  }

  /** Shades the units by these values. */
  shade(shading: Shading): void {
    this.shading = shading;
    this.restyle();
  }

  private restyle(): void {
    const { values, metric, selected } = this.shading;
    const max = Math.max(0, ...values.values());
    const { shades, bounds } = classes_for(max);
    const colour = (value: number) => (value <= 0 ? empty : shades[bounds.findIndex((bound) => value <= bound)]);
    replace(
      this.legend,
      h("li", {}, h("span", { class: "swatch", style: `background:${empty}` }), t("choropleth.none")),
      max > 0 ? shades.map((shade, index) => h("li", {}, h("span", { class: "swatch", style: `background:${shade}` }), `≤ ${count(bounds[index])}`)) : null,
    );
    this.units?.eachLayer((layer) => {
      const shape = layer as L.Path & { feature: Feature };
      const unit = unit_of(shape.feature);
      const value = values.get(unit.pcode) ?? 0;
      const chosen = unit.pcode === selected && selected !== "";
      shape.setStyle({ color: chosen ? "#000" : "#555", weight: chosen ? 3 : 1, fillColor: colour(value), fillOpacity: 0.85 });
      if (chosen) shape.bringToFront();
      // An element, not a string: Leaflet parses a string tooltip as HTML, and the name comes from
      // stored records and imported boundary files.
      const tip = h("span", { class: "map-tooltip", "data-pcode": unit.pcode }, `${unit.name || unit.pcode}: ${count(value)} ${metric}`);
      if (shape.getTooltip()) shape.setTooltipContent(tip);
      else shape.bindTooltip(tip);
      const path = shape.getElement?.();
      path?.setAttribute("data-pcode", unit.pcode);
      path?.setAttribute("data-value", String(value));
    });
  }
}
