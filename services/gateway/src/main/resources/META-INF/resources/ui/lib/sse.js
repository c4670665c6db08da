// Server-sent events over fetch, so the API token can be sent (EventSource cannot send headers): parses the
// stream, remembers the last event id, and reconnects with growing pauses when the stream breaks before the end.

/** Splits SSE text into events; returns [events, rest] where rest is an incomplete event to keep. */
export function parseEvents(buffer) {
  const events = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop();
  for (const block of blocks) {
    const event = { id: null, event: 'message', data: [] };
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) {
        continue;
      }
      const cut = line.indexOf(':');
      const name = cut < 0 ? line : line.slice(0, cut);
      const value = cut < 0 ? '' : line.slice(cut + 1).replace(/^ /, '');
      if (name === 'data') {
        event.data.push(value);
      } else if (name === 'id') {
        event.id = value;
      } else if (name === 'event') {
        event.event = value;
      }
    }
    if (event.data.length) {
      events.push({ ...event, data: event.data.join('\n') });
    }
  }
  return [events, rest];
}

/** The pause before reconnect attempt n (1, 2, ...): 0.5 s doubling up to 8 s. */
export function backoff(attempt) {
  return Math.min(8000, 500 * 2 ** Math.max(0, attempt - 1));
}

/** Answers that another attempt cannot change: no token or the wrong one, no such run. */
export function isRefusal(status) {
  return status === 401 || status === 403 || status === 404;
}

/**
 * Follows an event stream until `isLast(data)` says it ended, the server refuses it, or `stop()` is called. headers
 * is an object or a function read at each connect (a token pasted meanwhile is used). onEvent gets each parsed JSON
 * payload; onState gets 'open', 'reconnecting' (with the attempt), 'refused' (with the HTTP status) or 'closed'.
 */
export function follow(url, { headers = {}, onEvent, onState = () => {}, isLast = () => false }) {
  let stopped = false;
  let lastId = null;
  let controller = null;
  let attempt = 0;

  async function connect() {
    while (!stopped) {
      controller = new AbortController();
      let ended = false;
      try {
        const h = { ...(typeof headers === 'function' ? headers() : headers), Accept: 'text/event-stream' };
        if (lastId !== null) {
          h['Last-Event-ID'] = lastId;
        }
        const response = await fetch(url, { headers: h, signal: controller.signal, cache: 'no-store' });
        if (isRefusal(response.status)) {
          onState('refused', response.status);
          break;
        }
        if (!response.ok || !response.body) {
          throw new Error(`HTTP ${response.status}`);
        }
        attempt = 0;
        onState('open');
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        while (!stopped) {
          const { value, done } = await reader.read();
          if (done) {
            break;
          }
          buffer += decoder.decode(value, { stream: true });
          const [events, rest] = parseEvents(buffer);
          buffer = rest;
          for (const e of events) {
            if (e.id !== null) {
              lastId = e.id;
            }
            const data = JSON.parse(e.data);
            onEvent(data);
            if (isLast(data)) {
              ended = true;
            }
          }
        }
      } catch (e) {
        if (stopped) {
          break;
        }
      }
      if (ended || stopped) {
        break;
      }
      attempt++;
      onState('reconnecting', attempt);
      await new Promise((r) => setTimeout(r, backoff(attempt)));
    }
    onState('closed');
  }

  connect();
  return {
    stop() {
      stopped = true;
      controller?.abort();
    },
  };
}
