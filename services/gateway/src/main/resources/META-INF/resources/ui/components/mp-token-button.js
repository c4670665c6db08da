// The API token: pasted once, kept for this browser session only (sessionStorage), sent as a Bearer token. Reads
// work without it when the gateway has open reads; a refused change opens this box.
import { token, setToken } from 'meshperf/api.js';

class TokenButton extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <button type="button" class="icon-button" aria-haspopup="true" aria-expanded="false"></button>
      <div class="popover" hidden>
        <form>
          <div class="field">
            <label for="token-input">API token</label>
            <input id="token-input" type="password" autocomplete="off" spellcheck="false">
            <div class="help">Kept for this browser session only. <span class="mono">./meshperf up</span> writes one to
              <span class="mono">.meshperf/token</span>.</div>
            <div class="error" hidden></div>
          </div>
          <div class="dialog-actions">
            <button type="button" data-action="forget">Forget</button>
            <button type="submit" class="primary">Use token</button>
          </div>
        </form>
      </div>`;
    this.button = this.querySelector('button');
    this.panel = this.querySelector('.popover');
    this.input = this.querySelector('input');
    this.error = this.querySelector('.error');
    this.button.addEventListener('click', () => this.open(!this.panel.hidden ? false : true));
    this.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      setToken(this.input.value);
      this.open(false);
    });
    this.querySelector('[data-action="forget"]').addEventListener('click', () => {
      setToken('');
      this.input.value = '';
      this.open(false);
    });
    this.onUnauthorized = (e) => {
      this.error.textContent = e.detail || 'this operation needs an API token';
      this.error.hidden = false;
      this.open(true);
    };
    this.onChange = () => this.label();
    window.addEventListener('meshperf:unauthorized', this.onUnauthorized);
    window.addEventListener('meshperf:token', this.onChange);
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.open(false);
      }
    });
    this.label();
  }

  disconnectedCallback() {
    window.removeEventListener('meshperf:unauthorized', this.onUnauthorized);
    window.removeEventListener('meshperf:token', this.onChange);
  }

  open(show) {
    this.panel.hidden = !show;
    this.button.setAttribute('aria-expanded', String(show));
    if (show) {
      this.input.value = token();
      this.input.focus();
    } else {
      this.error.hidden = true;
    }
  }

  label() {
    this.button.textContent = token() ? 'API token ✓' : 'Add API token';
  }
}

customElements.define('mp-token-button', TokenButton);
