// Short notices in the corner: a run started, a profile saved, a call refused. toast(text, kind) from anywhere.

export function toast(text, kind = 'info', millis = 5000) {
  window.dispatchEvent(new CustomEvent('meshperf:toast', { detail: { text, kind, millis } }));
}

class Toasts extends HTMLElement {
  connectedCallback() {
    this.setAttribute('role', 'status');
    this.setAttribute('aria-live', 'polite');
    this.onToast = (e) => this.show(e.detail);
    window.addEventListener('meshperf:toast', this.onToast);
  }

  disconnectedCallback() {
    window.removeEventListener('meshperf:toast', this.onToast);
  }

  show({ text, kind, millis }) {
    const el = document.createElement('div');
    el.className = `toast ${kind}`;
    const span = document.createElement('span');
    span.textContent = text;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => el.remove());
    el.append(span, close);
    this.appendChild(el);
    while (this.children.length > 3) {
      this.firstElementChild.remove();
    }
    setTimeout(() => el.remove(), millis);
  }
}

customElements.define('mp-toasts', Toasts);
