import { flush, queryDeep } from './component';

/** Lets dynamically imported components load and render. */
export async function settle(): Promise<void> {
  await flush();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flush();
}

/** The components a record page layout rendered, in page order. */
export function placedComponents<T = HTMLElement>(
  root: Element | ShadowRoot,
): T[] {
  return queryDeep(root, '[data-component]') as T[];
}

/** The placed components of one region of a rendered layout. */
export function componentsInRegion<T = HTMLElement>(
  root: Element | ShadowRoot,
  region: string,
): T[] {
  return queryDeep(root, `[data-region="${region}"]`).flatMap((node) =>
    placedComponents<T>(node),
  );
}
