// What the incident map is showing, kept in the page's address so a reload or a shared link shows
// the same layer, period and unit. Changes replace the history entry instead of routing, so moving
// the slider does not redraw the page.

import type { Step } from "./map_time";

/** The map's layer, time step and position, points on or off, and the chosen unit. */
export interface MapState {
  layer: "adm1" | "adm2";
  points: boolean;
  step: Step;
  at: string; // First day of the period shown; "" for the whole range.
  unit: string; // P-code of the chosen unit at the layer's level; "" for none.
}

/** The state a route's query gives (adm1= or adm2= names the chosen unit, as links made before). */
export function map_state(params: URLSearchParams): MapState {
  const layer = params.get("layer") === "adm2" ? "adm2" : "adm1";
  return {
    layer,
    points: params.get("points") === "1",
    step: params.get("step") === "month" ? "month" : "week",
    at: /^\d{4}-\d{2}-\d{2}$/.test(params.get("at") ?? "") ? params.get("at")! : "",
    unit: params.get(layer) ?? "",
  };
}

/** The incidents route's query now: the address may have moved on since the page was drawn. */
export function current_params(): URLSearchParams {
  const hash = location.hash.replace(/^#\/?/, "");
  return new URLSearchParams(hash.split("?")[1] ?? "");
}

/** Writes `state` into the address without routing. */
export function remember(state: MapState): void {
  const params = current_params();
  const set = (name: string, value: string) => (value ? params.set(name, value) : params.delete(name));
  set("layer", state.layer === "adm1" ? "" : state.layer);
  set("points", state.points ? "1" : "");
  set("step", state.step === "week" ? "" : state.step);
  set("at", state.at);
  set("adm1", state.layer === "adm1" ? state.unit : "");
  set("adm2", state.layer === "adm2" ? state.unit : "");
  const query = params.toString();
  history.replaceState(history.state, "", `#/incidents${query ? `?${query}` : ""}`);
}
