/**
 * Registers elements unless their names are taken, so the script-tag bundle and the ES
 * modules can share a page, the bundle can be included twice, and a site that defined one of
 * our names keeps its own. What was already taken is said once, in one console warning. In a
 * browser without custom elements nothing happens and the content written inside the tags
 * stays visible.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const taken: string[] = [];
  for (const [name, constructor] of Object.entries(elements)) {
    const existing = registry.get(name);
    if (!existing) registry.define(name, constructor);
    else if (existing !== constructor) taken.push(`<${name}>`);
  }
  if (taken.length)
    console.warn(`disclosure-charts: ${taken.join(', ')} already defined on this page; keeping the first definition.`);
}

/** Registers one element; see defineElements. */
export const defineElement = (name: string, constructor: CustomElementConstructor) =>
  defineElements({ [name]: constructor });
