// What every page receives from the router.

import type { Mission } from "./mission";

/** Where to draw, the route's query parameters and the mission in view. */
export interface PageContext {
  main: HTMLElement;
  params: URLSearchParams;
  mission: Mission | null;
}
