import { LightningElement, api } from 'lwc';

/** The app bar: the app's name, its navigation and the API docs. */
export default class AppHeader extends LightningElement {
  @api subtitle?: string;

  get isHome() {
    return window.location.pathname === '/';
  }

  get homeClass() {
    const active = this.isHome ? ' slds-is-active' : '';
    return `slds-context-bar__item${active}`;
  }

  get homeCurrent() {
    return this.isHome ? 'page' : undefined;
  }
}
