// assetsmith studio: talking to the API. Requests carry the API key kept in localStorage; errors
// become ApiError with the server's message and hint; event streams are read with fetch so the key
// can travel in a header (EventSource cannot send one).

export const KEY_STORE = "assetsmith.apiKey";

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `Request failed (${status})`);
    this.status = status;
    this.code = body?.error || "error";
    this.hint = body?.hint || "";
  }
}

export function apiKey() { return localStorage.getItem(KEY_STORE) || ""; }

export function headers(extra = {}) {
  const key = apiKey();
  return key ? { ...extra, Authorization: `Bearer ${key}` } : extra;
}

export async function api(path, options = {}) {
  let res;
  try {
    res = await fetch(path, { ...options, headers: headers(options.headers || {}) });
  } catch (err) {
    throw new ApiError(0, { message: "The server cannot be reached.", hint: "Check your connection and retry." });
  }
  if (!res.ok) {
    let body = null;
    try { body = await res.json(); } catch { /* not JSON */ }
    throw new ApiError(res.status, body);
  }
  return res;
}

export const getJson = async (path) => (await api(path)).json();

// Parses a text/event-stream body; calls onEvent({event, data, id}) per event. Resolves true at
// the server's `end` event, false when the stream closes without one.
export async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return false;
    buffer += value.replace(/\r\n/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const ev = { event: "message", data: "", id: "" };
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const i = line.indexOf(":");
        const field = i < 0 ? line : line.slice(0, i);
        const val = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
        if (field === "event") ev.event = val;
        else if (field === "data") ev.data += (ev.data ? "\n" : "") + val;
        else if (field === "id") ev.id = val;
      }
      if (ev.event === "end") return true;
      if (ev.data) onEvent(ev);
    }
  }
}
