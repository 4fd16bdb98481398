// A site that already uses one of our names for an element of its own.
customElements.define(
  'site-traffic',
  class extends HTMLElement {
    connectedCallback() {
      this.dataset.mine = 'yes';
    }
  },
);
