// Incident points on the map, gathered into clusters where they crowd: a square grid in screen pixels
// at the current zoom, redrawn when the zoom changes. A grid is enough at the hundreds to thousands
// of points a period holds, and needs no package; each marker's label is an element, never markup.

import L from "leaflet";
import { h } from "./dom";
import { t } from "./i18n";

/** A located incident as GET /api/v1/incidents/points gives it. */
export interface MapPoint {
  id: number;
  key: string;
  date: string;
  event_type: string;
  lat: number;
  lon: number;
  fatalities: number | null;
  adm1_pcode: string;
  adm2_pcode: string;
  location: string;
}

/** Points that share a grid cell, drawn at their mean position. */
export interface Cluster<T> {
  x: number;
  y: number;
  members: T[];
}

/** Groups items by the `cell`-pixel square their position falls in; clusters come in row order. */
export function grid_clusters<T>(items: T[], position: (item: T) => { x: number; y: number }, cell: number): Cluster<T>[] {
  const cells = new Map<string, { row: number; column: number; x: number; y: number; members: T[] }>();
  for (const item of items) {
    const { x, y } = position(item);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const row = Math.floor(y / cell);
    const column = Math.floor(x / cell);
    const key = `${row}:${column}`;
    const found = cells.get(key) ?? { row, column, x: 0, y: 0, members: [] };
    found.x += x;
    found.y += y;
    found.members.push(item);
    cells.set(key, found);
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((found) => ({ x: found.x / found.members.length, y: found.y / found.members.length, members: found.members }));
}

/** Rows of the points route, read by the names its `fields` list gives. */
export function points_of(body: unknown): MapPoint[] {
  const data = (body ?? {}) as { fields?: unknown; rows?: unknown };
  if (!Array.isArray(data.fields) || !Array.isArray(data.rows)) return [];
  const at = new Map((data.fields as unknown[]).map((name, index) => [String(name), index]));
  const text = (row: unknown[], name: string) => (typeof row[at.get(name) ?? -1] === "string" ? (row[at.get(name)!] as string) : "");
  const number = (row: unknown[], name: string) => (typeof row[at.get(name) ?? -1] === "number" ? (row[at.get(name)!] as number) : null);
  return (data.rows as unknown[]).flatMap((row) => {
    if (!Array.isArray(row)) return [];
    const lat = number(row, "latitude");
    const lon = number(row, "longitude");
    const id = number(row, "id");
    if (lat === null || lon === null || id === null) return [];
    return [
      {
        id,
        key: text(row, "key"),
        date: text(row, "date"),
        event_type: text(row, "event_type"),
        lat,
        lon,
        fatalities: number(row, "fatalities"),
        adm1_pcode: text(row, "adm1_pcode"),
        adm2_pcode: text(row, "adm2_pcode"),
        location: text(row, "location"),
      },
    ];
  });
}

/** Grid cell size in screen pixels: markers closer than this merge. */
const cell_pixels = 48;

/** Draws `points` on `map` as clusters and single points; `on_pick` gets the incidents of the one clicked. */
export class PointClusters {
  readonly layer = L.layerGroup();
  private points: MapPoint[] = [];

  constructor(
    private readonly map: L.Map,
    private readonly on_pick: (members: MapPoint[]) => void,
  ) {
    map.on("zoomend", () => this.draw());
  }

  /** Replaces the points shown. */
  show(points: MapPoint[]): void {
    this.points = points;
    this.draw();
  }

  private draw(): void {
    this.layer.clearLayers();
    if (!this.map.hasLayer(this.layer) && this.points.length === 0) return;
    const clusters = grid_clusters(this.points, (point) => this.map.project([point.lat, point.lon], this.map.getZoom()), cell_pixels);
    for (const cluster of clusters) {
      const position = this.map.unproject([cluster.x, cluster.y], this.map.getZoom());
      const size = cluster.members.length;
      const single = size === 1;
      const first = cluster.members[0];
      const label = single
        ? `${first.date} ${first.event_type}${first.location ? `, ${first.location}` : ""}`
        : t("map_cluster.size_incidents_choose_to_list", { size });
      const diameter = single ? 12 : Math.min(44, 22 + 4 * Math.log2(size));
      const icon = L.divIcon({
        className: single ? "map-point" : "map-cluster",
        html: single ? h("span", {}) : h("span", {}, String(size)),
        iconSize: [diameter, diameter],
      });
      const marker = L.marker(position, { icon, title: label, alt: label, keyboard: true, riseOnHover: true });
      marker.on("click", () => this.on_pick(cluster.members));
      marker.addTo(this.layer);
      const element = marker.getElement();
      element?.setAttribute("data-count", String(size));
      element?.setAttribute("role", "button");
      element?.setAttribute("aria-label", label);
    }
  }
}
