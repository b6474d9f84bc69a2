// Plain data tables: the readable, keyboard- and screen-reader-friendly face of every figure.

import { h } from "./dom";

/** A column: its heading, how to read a row, and whether it holds numbers (right-aligned). */
export interface Column<Row> {
  title: string;
  value: (row: Row) => Node | string | number | null | undefined;
  numeric?: boolean;
}

/** A table inside a horizontally scrolling wrapper (phones). */
export function table<Row>(
  caption: string,
  rows: Row[],
  columns: Column<Row>[],
  attributes: (row: Row) => Record<string, string> = () => ({}),
): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      {},
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h("tr", {}, columns.map((column) => h("th", { scope: "col", class: column.numeric ? "number" : null }, column.title))),
      ),
      h(
        "tbody",
        {},
        rows.map((row) =>
          h(
            "tr",
            attributes(row),
            columns.map((column) => {
              const value = column.value(row);
              return h("td", { class: column.numeric ? "number" : null }, value === null || value === undefined ? "–" : value);
            }),
          ),
        ),
      ),
    ),
  );
}
