/**
 * Registers an element unless its name is taken, so the script-tag bundle and the ES
 * modules can share a page, and a site that defined one of our names keeps its own.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, constructor);
  else if (existing !== constructor)
    console.warn(`disclosure-charts: <${name}> is already defined on this page; keeping that definition.`);
}
