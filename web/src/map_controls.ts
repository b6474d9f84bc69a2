// The map's controls: the layer switch (departments, communes, points), the time step, and a slider
// with play, previous and next that walks the periods; "Whole range" shows every period at once.

import { h, replace } from "./dom";
import { period_label, type Step } from "./map_time";
import type { MapState } from "./map_state";
import { t } from "./i18n";
import { date } from "./format";

/** What the controls ask of the map. */
export interface ControlEvents {
  layer: (layer: MapState["layer"]) => void;
  points: (shown: boolean) => void;
  step: (step: Step) => void;
  at: (period: string) => void;
}

/** How long each period stays on the map while playing. */
const play_ms = 1200;

/** The control strip above the map. */
export class MapControls {
  readonly element: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly output: HTMLOutputElement;
  private readonly play_button: HTMLButtonElement;
  private periods: string[] = [];
  private at = "";
  private step: Step = "week";
  private timer: number | undefined;

  constructor(state: MapState, has_communes: boolean, private readonly events: ControlEvents) {
    const radio = (value: MapState["layer"], text: string, disabled: boolean) =>
      h(
        "label",
        { title: disabled ? t("map_controls.no_commune_boundaries_are_stored") : null },
        h("input", { type: "radio", name: "layer", value, checked: state.layer === value, disabled, onchange: () => events.layer(value) }),
        ` ${text}`,
      );
    const points = h("input", { type: "checkbox", id: "map-points", name: "points", checked: state.points });
    points.addEventListener("change", () => events.points(points.checked));
    const step = h(
      "select",
      { id: "map-step", name: "step" },
      h("option", { value: "week", selected: state.step === "week" }, t("map_controls.week")),
      h("option", { value: "month", selected: state.step === "month" }, t("map_controls.month")),
    );
    step.addEventListener("change", () => {
      this.stop();
      events.step(step.value === "month" ? "month" : "week");
    });
    this.slider = h("input", { type: "range", id: "map-time", name: "at", min: 0, max: 0, step: 1, value: 0 });
    this.slider.addEventListener("input", () => {
      this.stop();
      this.go(this.periods[Number(this.slider.value)] ?? "");
    });
    this.output = h("output", { id: "map-period", for: "map-time", "aria-live": "polite" });
    this.play_button = h("button", { type: "button", id: "map-play", "aria-pressed": "false" }, t("map_controls.play"));
    this.play_button.addEventListener("click", () => (this.timer === undefined ? this.play() : this.stop()));
    const move = (by: number) => () => {
      this.stop();
      const index = this.periods.indexOf(this.at);
      const next = index < 0 ? (by > 0 ? 0 : this.periods.length - 1) : Math.min(this.periods.length - 1, Math.max(0, index + by));
      this.go(this.periods[next] ?? "");
    };
    this.element = h(
      "form",
      { class: "map-controls", id: "map-controls", "aria-label": t("map_controls.map_layers_and_time") },
      h(
        "fieldset",
        { class: "field switch", id: "map-layers" },
        h("legend", {}, t("map_controls.layers")),
        radio("adm1", t("map_controls.departments_adm1"), false),
        radio("adm2", t("map_controls.communes_adm2"), !has_communes),
        h("label", {}, points, t("map_controls.points")),
      ),
      h("div", { class: "field" }, h("label", { for: "map-step" }, t("map_controls.step")), step),
      h(
        "div",
        { class: "field map-time" },
        h("label", { for: "map-time" }, t("map_controls.period")),
        h(
          "div",
          { class: "map-time-row" },
          h("button", { type: "button", id: "map-previous", "aria-label": t("map_controls.previous_period"), onclick: move(-1) }, "◀"),
          this.play_button,
          h("button", { type: "button", id: "map-next", "aria-label": t("map_controls.next_period"), onclick: move(1) }, "▶"),
          this.slider,
          h("button", { type: "button", id: "map-all", onclick: () => (this.stop(), this.go("")) }, t("map_controls.whole_range")),
        ),
        this.output,
      ),
    );
    this.element.addEventListener("submit", (event) => event.preventDefault());
  }

  /** The periods the slider walks, and where it stands. */
  set_periods(periods: string[], at: string, step: Step): void {
    this.periods = periods;
    this.step = step;
    this.slider.max = String(Math.max(0, periods.length - 1));
    this.slider.disabled = periods.length === 0;
    this.play_button.disabled = periods.length === 0;
    this.show(at);
  }

  /** Moves the slider to `at` ("" for the whole range) without telling the map. */
  show(at: string): void {
    this.at = at;
    const index = this.periods.indexOf(at);
    this.slider.value = String(Math.max(0, index));
    this.slider.setAttribute("aria-valuetext", at ? period_label(at, this.step) : t("map_controls.whole_range_2"));
    const first = this.periods[0];
    const last = this.periods[this.periods.length - 1];
    replace(
      this.output,
      at ? t("map_controls.showing_the_v0", { v0: period_label(at, this.step) }) : first ? t(this.step === "week" ? "map_controls.showing_weeks" : "map_controls.showing_months", { length: this.periods.length, first: date(first), last: date(last) }) : t("map_controls.no_incidents_in_this_range"),
    );
    this.output.dataset.at = at;
  }

  private go(at: string): void {
    this.show(at);
    this.events.at(at);
  }

  /** Steps one period every `play_ms`, from the start when at the end or on the whole range. */
  private play(): void {
    if (this.periods.length === 0) return;
    const index = this.periods.indexOf(this.at);
    if (index < 0 || index === this.periods.length - 1) this.go(this.periods[0]);
    this.play_button.setAttribute("aria-pressed", "true");
    replace(this.play_button, t("map_controls.pause"));
    this.timer = window.setInterval(() => {
      const next = this.periods.indexOf(this.at) + 1;
      if (!this.element.isConnected || next >= this.periods.length) return this.stop();
      this.go(this.periods[next]);
    }, play_ms);
  }

  private stop(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    this.play_button.setAttribute("aria-pressed", "false");
    replace(this.play_button, t("map_controls.play"));
  }
}
