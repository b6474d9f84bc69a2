// The Download menu of a list or table: the same rows the page shows, as a file, from the list's API
// route with the page's filters and ?format= (the server streams every row the filters select, with
// the fields the signed-in user may read).

import { api_path } from "./api";
import { h } from "./dom";
import { t } from "./i18n";

/** The formats every list offers, and GeoJSON for lists with places; a label with a dot is a catalog key
 * (format names are the same in every language). */
const formats: [format: string, label: string, places: boolean][] = [
  ["csv", "CSV", false],
  ["hxl", "HXL CSV", false],
  ["json", "JSON", false],
  ["geojson", "GeoJSON", true],
  ["xlsx", "download.excel_workbook", false],
];

/** A Download menu for `path` (an API list: "incidents", "funding_flows") with the page's filters;
 * `places` adds GeoJSON. Paging parameters are left out: a download holds every selected row. */
export function download_menu(id: string, path: string, filters: Record<string, string | number | undefined>, places = false): HTMLElement {
  const query = { ...filters, limit: undefined, offset: undefined };
  return h(
    "details",
    { class: "download", id },
    h("summary", {}, t("download.download")),
    h(
      "ul",
      {},
      formats
        .filter(([, , needs_places]) => places || !needs_places)
        .map(([format, label]) => h("li", {}, h("a", { href: api_path(path, { ...query, format }), download: "", "data-format": format }, label.includes(".") ? t(label) : label))),
    ),
  );
}
