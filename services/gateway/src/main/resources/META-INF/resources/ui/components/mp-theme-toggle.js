// Light or dark, remembered in this browser; charts redraw in the new colours.

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    this.innerHTML = '<button type="button" class="icon-button" aria-label="Switch between light and dark theme"></button>';
    this.button = this.querySelector('button');
    this.button.addEventListener('click', () => this.toggle());
    this.label();
  }

  toggle() {
    const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    localStorage.setItem('meshperf.theme', next);
    this.label();
    window.dispatchEvent(new CustomEvent('meshperf:theme'));
  }

  label() {
    const dark = document.documentElement.dataset.theme === 'dark';
    this.button.textContent = dark ? '☀ Light' : '☾ Dark';
    this.button.title = dark ? 'Use the light theme' : 'Use the dark theme';
  }
}

customElements.define('mp-theme-toggle', ThemeToggle);
