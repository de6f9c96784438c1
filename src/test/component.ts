import axe from 'axe-core';
import { createElement, type LightningElement } from 'lwc';
import { ApiRequestError } from 'data/api';

type Constructor = typeof LightningElement;

/** Creates a component, sets its @api properties and attaches it. */
export function mount(
  tag: string,
  component: Constructor,
  props: Record<string, unknown> = {},
): HTMLElement {
  const element = createElement(tag, { is: component });
  Object.assign(element, props);
  document.body.append(element);

  return element;
}

/** Lets wired values and re-renders settle. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
}

/** An error shaped like the ones the data adapters emit. */
export function apiError(status: number, message = 'The request failed.') {
  return new ApiRequestError(status, [{ errorCode: 'ERROR', message }]);
}

/** Text as a person reads it: whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Depth-first search through synthetic shadow roots. */
export function queryDeep<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  const hosts = Array.from(root.querySelectorAll('*')).filter(
    (node) => node.shadowRoot,
  );

  return found.concat(
    hosts.flatMap((host) => queryDeep<T>(host.shadowRoot!, selector)),
  );
}

/**
 * axe-core's findings on the rendered component, as "rule: target" lines.
 * jsdom has no layout for contrast, and a component alone sits outside the
 * page's landmarks.
 */
export async function accessibilityViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
    },
  });

  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}
