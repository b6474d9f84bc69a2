// A small element builder: the dashboard has no UI framework, so pages build DOM with `h`.
// Text from the store is always a text node or an attribute value, never markup: nothing here
// parses HTML, so a name such as `<img src=x onerror=...>` shows as those characters.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

const url_attributes = new Set(["href", "src", "action", "formaction", "xlink:href"]);

/** Whether `url` leads to a web page, this dashboard or a blob the dashboard made: http(s), blob or relative. */
export function is_safe_url(url: string): boolean {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" || parsed.protocol === "blob:";
  } catch {
    return false;
  }
}

/** Whether `url` is an absolute http or https address, the only kind a stored source URL is linked as. */
export function is_web_url(url: string): boolean {
  return /^https?:\/\//i.test(url.trim()) && is_safe_url(url);
}

/** Creates an element with attributes ("on*" keys become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else if (name === "style") {
      // The CSSOM, not the style attribute: the Content-Security-Policy (style-src 'self') refuses
      // style attributes set through setAttribute but not properties set by script.
      element.style.cssText = String(value);
    } else if (url_attributes.has(name) && !is_safe_url(String(value))) {
      // A stored URL such as "javascript:..." would run on a click: it is left out, not linked.
      continue;
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children, skipping empty ones and flattening arrays. */
export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A section with a heading; `id` lets tests and links find it. */
export function section(id: string, title: string, ...children: (Child | Child[])[]): HTMLElement {
  const heading = h("h2", { id: `${id}-title` }, title);
  return h("section", { id, class: "card", "aria-labelledby": heading.id }, heading, ...children);
}
