// Building DOM safely: every string becomes a text node, attributes go through setAttribute with
// event-handler and style attributes refused, links only to http(s) or same-site paths.
// Nothing in the UI assigns innerHTML.
export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === "style" || name === "srcdoc") throw new Error(`refusing attribute ${name}`);
    const v = value === true ? "" : String(value);
    if (name === "href" && !safeHref(v)) continue;
    el.setAttribute(name, v);
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : (c as Node));
  }
}

/** Same-site paths, fragments and http(s) URLs; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): boolean {
  if (/^(\/(?!\/)|#)/.test(href)) return true;
  try {
    const u = new URL(href);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function text(s: string): Text {
  return document.createTextNode(s);
}
