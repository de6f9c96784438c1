/**
 * Calls `reveal` when the address ends in the anchor: on the first render
 * with data and whenever a link on the page changes the hash to it. The
 * anchor cannot be an element id, which synthetic shadow rewrites.
 */
export class AnchorReveal {
  private readonly onHashChange = () => this.check();

  constructor(
    private readonly anchor: string,
    private readonly reveal: () => void,
  ) {}

  connect() {
    window.addEventListener('hashchange', this.onHashChange);
  }

  disconnect() {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  check() {
    if (window.location.hash === this.anchor) this.reveal();
  }
}
