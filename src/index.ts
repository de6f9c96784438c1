import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import AppHeader from 'calm/appHeader';

import { findRoute } from './routes';

async function render() {
  const header = createElement('calm-app-header', { is: AppHeader });
  document.querySelector('#header')?.append(header);

  const root = document.querySelector('#root')!;
  const route = findRoute(window.location);
  if (!route) {
    root.textContent = 'This page does not exist.';
    document.title = 'Page not found | Open CALM';
    return;
  }
  const { default: Page } = await route.load();
  const page = createElement(route.tag, { is: Page });
  Object.assign(page, route.props);
  root.append(page);
}

render();
