// assetsmith studio: the /studio page. Plain ES module, no build step, no dependencies.
// Every value from the server goes into the page through textContent or attributes, never HTML.
import { KEY_STORE, api, apiKey, getJson, headers, readEvents } from "./api.js";

const FINISHED = new Set(["succeeded", "failed", "dead", "cancelled"]);
const $ = (id) => document.getElementById(id);

const state = {
  jobs: new Map(),        // job_id -> JobView
  selected: null,
  streams: new Map(),     // job_id -> AbortController
  steps: new Map(),       // job_id -> the latest progress event's message (what the job is doing)
  authRequired: false,
  usage: null,
  billing: null,
  objectUrls: [],
};

// ---- messages --------------------------------------------------------------------------------
function showError(err, title = "Something went wrong.") {
  const friendly = {
    401: "An API key is needed.", 402: "Not enough credits.", 403: "Not included in your plan.",
    404: "Not found.", 413: "Too large.", 422: "Please check the form.", 429: "Slow down a little.",
  };
  $("banner").classList.remove("info");
  $("banner-title").textContent = friendly[err.status] || title;
  $("banner-text").textContent = [err.message, err.hint].filter(Boolean).join(" ");
  $("banner").hidden = false;
  if (err.status === 401) openKeyPanel();
}

function showInfo(title, text) {
  $("banner").classList.add("info");
  $("banner-title").textContent = title;
  $("banner-text").textContent = text;
  $("banner").hidden = false;
}

function hideBanner() { $("banner").hidden = true; }

// ---- API key ---------------------------------------------------------------------------------
function renderKey() {
  const has = Boolean(apiKey());
  $("key-dot").classList.toggle("on", has);
  $("key-label").textContent = has ? "Key" : "API key";
  $("key-toggle").title = has ? "An API key is saved in this browser" : "Add an API key";
}

function openKeyPanel() {
  $("key-panel").hidden = false;
  $("key-toggle").setAttribute("aria-expanded", "true");
  $("api-key").focus();
}

function wireKeyPanel() {
  $("key-toggle").addEventListener("click", () => {
    const open = $("key-panel").hidden;
    $("key-panel").hidden = !open;
    $("key-toggle").setAttribute("aria-expanded", String(open));
    if (open) $("api-key").focus();
  });
  $("key-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const value = $("api-key").value.trim();
    if (value) localStorage.setItem(KEY_STORE, value);
    $("api-key").value = "";
    $("key-panel").hidden = true;
    $("key-toggle").setAttribute("aria-expanded", "false");
    renderKey();
    hideBanner();
    reload();
  });
  $("key-clear").addEventListener("click", () => {
    localStorage.removeItem(KEY_STORE);
    $("api-key").value = "";
    renderKey();
    reload();
  });
}

// ---- usage, plan and billing ------------------------------------------------------------------
const TIER_NAMES = { free: "Free", indie: "Indie", team: "Small team" };
const TIER_ORDER = ["free", "indie", "team"];

async function loadUsage() {
  try {
    const u = await getJson("/api/v1/usage");
    state.usage = u;
    const pill = $("usage");
    pill.textContent = u.limits_enforced ? `${u.credits_remaining} credits` : "No limits";
    pill.title = u.limits_enforced
      ? `${u.tier_name} plan: ${u.credits_remaining} of ${u.credits_cap} credits left in ${u.period}`
      : "Local server: no credit limits";
    pill.hidden = false;
    const textures = document.querySelector("input[name=textures]");
    textures.disabled = !u.textures_allowed;
    if (!u.textures_allowed) textures.checked = false;
    renderCost();
  } catch (err) {
    $("usage").hidden = true;
  }
  try {
    state.billing = await getJson("/api/studio/billing/status");
  } catch (err) {
    state.billing = null;  // an older server, or billing routes turned off: the plan panel says so
  }
  renderPlan();
}

function renderPlan() {
  const u = state.usage;
  const b = state.billing;
  if (!u) return;
  $("plan-name").textContent = u.limits_enforced ? `${u.tier_name} plan` : "Local server";
  $("plan-credits").textContent = u.limits_enforced
    ? `${u.credits_remaining} of ${u.credits_cap} credits left in ${u.period}.` : "No credit limits here.";
  const actions = $("plan-actions");
  actions.replaceChildren();
  let note = "";
  // A live subscription changes plan in Stripe's portal (a second Checkout would charge twice).
  const subscribed = Boolean(b && b.stripe_subscription_id &&
                             ["active", "trialing", "past_due"].includes(b.subscription_status));
  if (b && b.stripe_checkout_available && !subscribed) {
    const current = TIER_ORDER.indexOf(b.tier_id);
    for (const tier of b.checkout_tiers) {
      if (tier === b.tier_id) continue;
      const btn = document.createElement("button");
      btn.type = "button";
      btn.className = TIER_ORDER.indexOf(tier) > current ? "btn btn-primary" : "btn btn-ghost";
      btn.dataset.tier = tier;
      btn.textContent = `${TIER_ORDER.indexOf(tier) > current ? "Upgrade to" : "Switch to"} ${TIER_NAMES[tier] || tier}`;
      btn.addEventListener("click", () => startBilling(btn, "/api/studio/billing/checkout-session", { tier }));
      actions.append(btn);
    }
  }
  if (b && b.portal_available) {
    const btn = document.createElement("button");
    btn.type = "button";
    btn.className = "btn btn-ghost";
    btn.id = "manage-billing";
    btn.textContent = "Manage billing";
    btn.addEventListener("click", () => startBilling(btn, "/api/studio/billing/portal-session", null));
    actions.append(btn);
  }
  if (b && b.subscription_status === "past_due") note = "Your last payment did not go through: update it under Manage billing.";
  else if (subscribed) note = "Change or cancel your plan under Manage billing.";
  else if (!b || (!b.stripe_checkout_available && !b.portal_available)) note = "Plans are managed by this server's operator.";
  $("plan-note").textContent = note;
}

async function startBilling(btn, path, body) {
  btn.disabled = true;
  try {
    const res = await api(path, body ? { method: "POST", body: JSON.stringify(body),
                                         headers: { "Content-Type": "application/json" } } : { method: "POST" });
    const { url } = await res.json();
    if (!/^https:\/\//.test(url)) throw new Error("The billing page address is not https.");
    window.location.assign(url);  // Stripe's hosted page; it sends the browser back here
  } catch (err) {
    btn.disabled = false;
    showError(err, "Billing is not available right now.");
  }
}

function wirePlanPanel() {
  $("usage").addEventListener("click", () => {
    const open = $("plan-panel").hidden;
    $("plan-panel").hidden = !open;
    $("usage").setAttribute("aria-expanded", String(open));
  });
  const back = new URLSearchParams(window.location.search).get("billing");
  if (back === "success") {
    showInfo("Thank you!", "Your plan changes as soon as Stripe confirms the payment, usually within a minute.");
  } else if (back === "cancel") {
    showInfo("Checkout cancelled.", "Nothing was charged; your plan is unchanged.");
  }
}

function renderCost() {
  const textures = document.querySelector("input[name=textures]").checked;
  const u = state.usage;
  const cost = textures ? (u?.credits_run_job_textures ?? 6) : (u?.credits_run_job ?? 2);
  // Jobs are priced by texture units (materials x (side / 1024)^2, 4 per base price): a prompt's
  // few materials at 2048 px cost a multiple of the base, said here rather than guessed.
  const big = Number(document.querySelector("select[name=resolution]")?.value || 0) > 1024;
  $("cost").textContent = u && !u.limits_enforced ? "No credit limits on this server"
    : big ? `Costs ${cost} credits per 4 texture units (2048 px: 4 units a material)` : `Costs ${cost} credits`;
}

// ---- jobs ------------------------------------------------------------------------------------
function relTime(t) {
  const s = Math.max(0, Date.now() / 1000 - t);
  if (s < 60) return "just now";
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t * 1000).toLocaleDateString();
}

function statusLabel(job) {
  if (job.status === "running" && job.cancel_requested) return "cancelling";
  return job.status;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function progressBar(job) {
  const wrap = el("div", { class: `progress${job.status === "succeeded" ? " done" : ""}`, role: "progressbar",
    "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(Math.round(job.progress * 100)) });
  const bar = el("div", { class: "bar" });
  bar.style.width = `${Math.round((job.status === "succeeded" ? 1 : job.progress) * 100)}%`;
  wrap.append(bar);
  return wrap;
}

function renderJobs() {
  const list = $("jobs");
  const jobs = [...state.jobs.values()].sort((a, b) => b.created_at - a.created_at);
  $("jobs-empty").hidden = jobs.length > 0;
  list.replaceChildren(...jobs.map((job) => {
    const btn = el("button", { class: "job", type: "button", "data-job": job.job_id,
      "aria-current": String(job.job_id === state.selected) },
      el("span", { class: "job-title", text: job.prompt || "Asset from a spec" }),
      el("span", { class: `badge ${job.status}`, "data-status": job.status, text: statusLabel(job) }),
      FINISHED.has(job.status) ? null : progressBar(job),
      el("span", { class: "job-meta" },
        el("span", { text: job.stage && !FINISHED.has(job.status) ? `${job.stage} · ${Math.round(job.progress * 100)}%`
          : (job.summary || job.error?.message || job.engine || "") }),
        el("span", { text: relTime(job.created_at) })));
    btn.addEventListener("click", () => select(job.job_id));
    return el("li", {}, btn);
  }));
}

async function loadJobs() {
  try {
    const data = await getJson("/api/v1/jobs?limit=50");
    state.jobs = new Map(data.jobs.map((j) => [j.job_id, j]));
    renderJobs();
    for (const job of data.jobs) if (!FINISHED.has(job.status)) follow(job.job_id);
    if (!state.selected && data.jobs.length) select(data.jobs[0].job_id);
    else if (state.selected && state.jobs.has(state.selected)) renderDetail();
  } catch (err) {
    state.jobs = new Map();
    renderJobs();
    if (err.status === 401 && !apiKey()) showInfo("Add your API key", "This server needs an API key to show and run jobs.");
    else showError(err, "The job list could not be loaded.");
  }
}

function update(job) {
  const before = state.jobs.get(job.job_id);
  state.jobs.set(job.job_id, job);
  renderJobs();
  if (job.job_id === state.selected) renderDetail(before?.status !== job.status);
  if (FINISHED.has(job.status) && before && !FINISHED.has(before.status)) loadUsage();
}

// The step a running job is on ("materials: v1_wood synthesised"), from its progress events; the
// job snapshot that follows them carries the bar's fraction.
function step(jobId, message) {
  if (typeof message !== "string" || !message) return;
  state.steps.set(jobId, message);
  if (jobId === state.selected) renderStep(state.jobs.get(jobId));
}

function renderStep(job) {
  const text = job && !FINISHED.has(job.status) && job.status !== "queued" ? state.steps.get(job.job_id) || "" : "";
  $("detail-step").textContent = text;
  $("detail-step").hidden = !text;
}

// ---- live progress over server-sent events (fetch, so the API key can go in a header) -------
async function follow(jobId) {
  if (state.streams.has(jobId)) return;
  const ctl = new AbortController();
  state.streams.set(jobId, ctl);
  let lastId = "";
  try {
    for (let attempt = 0; attempt < 30 && !ctl.signal.aborted; attempt++) {
      const extra = lastId ? { "Last-Event-ID": lastId } : {};
      const res = await fetch(`/api/v1/jobs/${encodeURIComponent(jobId)}/events`,
        { headers: headers(extra), signal: ctl.signal });
      if (!res.ok) break;
      const done = await readEvents(res.body, (ev) => {
        if (ev.id) lastId = ev.id;
        if (ev.event === "progress") step(jobId, JSON.parse(ev.data).data?.message);
        else if (ev.event === "job") update(JSON.parse(ev.data));
      });
      if (done) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
  } catch (err) {
    if (err.name !== "AbortError") console.warn("event stream", err);
  } finally {
    state.streams.delete(jobId);
  }
}

// ---- detail ----------------------------------------------------------------------------------
function select(jobId) {
  state.selected = jobId;
  renderJobs();
  renderDetail(true);
}

function clearObjectUrls() {
  for (const u of state.objectUrls) URL.revokeObjectURL(u);
  state.objectUrls = [];
}

async function blobUrl(path) {
  const res = await api(path);
  const url = URL.createObjectURL(await res.blob());
  state.objectUrls.push(url);
  return url;
}

function renderDetail(full = false) {
  const job = state.jobs.get(state.selected);
  $("detail-empty").hidden = Boolean(job);
  $("detail-body").hidden = !job;
  if (!job) return;
  $("detail-title").textContent = job.prompt || "Asset from a spec";
  const badge = $("detail-status");
  badge.className = `badge ${job.status}`;
  badge.textContent = statusLabel(job);
  badge.dataset.status = job.status;
  $("detail-summary").textContent = job.summary || (FINISHED.has(job.status) ? "" : "Building your pack...");
  const running = !FINISHED.has(job.status);
  $("detail-progress").hidden = !running;
  if (running) {
    $("detail-bar").style.width = `${Math.round(job.progress * 100)}%`;
    $("detail-stage").textContent = job.status === "queued" ? "Waiting for a worker..."
      : `${job.stage || "starting"} · ${Math.round(job.progress * 100)}%`;
  }
  renderStep(job);
  $("cancel").hidden = !running || job.cancel_requested;
  const errBox = $("detail-error");
  errBox.hidden = !job.error;
  if (job.error) errBox.textContent = [job.error.message, job.error.hint].filter(Boolean).join(" ");
  if (!full) return;
  clearObjectUrls();
  for (const id of ["previews", "downloads", "verdicts", "logs"]) $(id).hidden = true;
  if (job.status === "succeeded") loadResult(job.job_id);
  if (FINISHED.has(job.status)) loadLogs(job.job_id);
}

async function loadResult(jobId) {
  let result;
  try {
    result = await getJson(`/api/v1/jobs/${encodeURIComponent(jobId)}/result`);
  } catch (err) {
    showError(err, "The result could not be loaded.");
    return;
  }
  if (state.selected !== jobId) return;
  const previews = $("previews");
  const figures = await Promise.all(result.previews.map(async (p) => {
    const img = el("img", { alt: `Preview: ${p.path.split("/").pop()}`, loading: "lazy", "data-preview": p.path });
    try { img.src = await blobUrl(p.url); } catch { return null; }
    return el("figure", {}, img, el("figcaption", { text: previewLabel(p.path) }));
  }));
  previews.replaceChildren(...figures.filter(Boolean));
  previews.hidden = previews.childElementCount === 0;

  const downloads = $("downloads");
  const zipBtn = el("button", { class: "btn btn-primary", type: "button", id: "download-zip",
    text: "Download pack.zip" });
  zipBtn.addEventListener("click", () => download(result.download, `assetsmith-${jobId}.zip`, zipBtn));
  const filesBtn = el("button", { class: "btn btn-ghost", type: "button", text: `${result.files} files` });
  filesBtn.addEventListener("click", () => showFiles(jobId));
  downloads.replaceChildren(zipBtn, filesBtn);
  downloads.hidden = false;

  const dl = $("verdicts");
  const rows = [];
  const shape = result.shape;
  if (shape) {
    // Which recipe was built and why; a stand-in or a distant reading says so in plain words.
    const how = { noun: "named in the prompt", synonym: "a synonym", hypernym: "a kind of it",
      hyponym: "a closer kind", sibling: "a near relative", spec: "from the spec", llm: "written by the model",
      none: "no recipe fits" };
    const conf = typeof shape.confidence === "number" && shape.how !== "spec" && shape.how !== "none"
      ? ` · confidence ${shape.confidence.toFixed(2)}` : "";
    const words = (shape.matched_words || []).length ? ` ("${shape.matched_words.join(" ")}")` : "";
    rows.push(["Shape", `${shape.recipe}${words} · ${how[shape.how] || shape.how}${conf}`,
      shape.how === "none" ? "bad-text" : shape.fallback ? "" : "ok-text"]);
    if (shape.fallback) rows.push(["Note", shape.fallback, shape.how === "none" ? "bad-text" : ""]);
    if ((shape.suggestions || []).length) rows.push(["Try", shape.suggestions.join(", "), ""]);
  }
  const prov = result.provenance;
  if (prov) {
    rows.push(["Provenance", prov.signed ? `Signed (${prov.algorithm || "signature"})` : "Not signed",
      prov.signed ? "ok-text" : "bad-text"]);
    if (prov.keyid) rows.push(["Signing key", prov.keyid.replace(/^sha256:/, "").slice(0, 16) + "...", ""]);
    if (prov.wallet) rows.push(["Creator wallet", String(prov.wallet.address || prov.wallet), ""]);
  }
  const orig = result.originality;
  if (orig) {
    const words = { pass: "Original", flag: "Flagged: close to a known asset", block: "Blocked" };
    const score = typeof orig.originality === "number" ? ` · originality ${orig.originality.toFixed(2)}` : "";
    const known = typeof orig.corpusAssets === "number" ? ` against ${orig.corpusAssets} known assets` : "";
    rows.push(["Originality", `${words[orig.verdict] || orig.verdict}${score}${known}`,
      orig.verdict === "pass" ? "ok-text" : "bad-text"]);
    for (const m of (orig.matches || []).slice(0, 3)) {
      rows.push(["Close to", `${m.name} (${(m.reasons || []).join(", ")})`, ""]);
    }
  }
  const total = Object.values(result.timings || {}).reduce((a, b) => a + b, 0);
  if (total) rows.push(["Build time", `${total.toFixed(1)} s`, ""]);
  dl.replaceChildren(...rows.flatMap(([k, v, cls]) => [el("dt", { text: k }), el("dd", { class: cls, text: v })]));
  dl.hidden = rows.length === 0;
}

function previewLabel(path) {
  const name = path.split("/").pop();
  if (/_materials\.png$/.test(name)) return "Texture maps: albedo, normal, ORM and engine packings";
  if (/hero/i.test(name)) return "Hero shot";
  if (/turntable\.webp$/i.test(name)) return "Turntable (animated)";
  if (/turntable/i.test(name)) return "Turntable views";
  return name;
}

async function showFiles(jobId) {
  try {
    const data = await getJson(`/api/v1/jobs/${encodeURIComponent(jobId)}/files`);
    const pre = $("log-lines");
    pre.textContent = data.files.map((f) => `${f.path}  (${(f.bytes / 1024).toFixed(1)} KiB)`).join("\n");
    $("logs").hidden = false;
    $("logs").open = true;
    $("logs").querySelector("summary").textContent = "Files";
  } catch (err) {
    showError(err, "The file list could not be loaded.");
  }
}

async function loadLogs(jobId) {
  try {
    const data = await getJson(`/api/v1/jobs/${encodeURIComponent(jobId)}/logs`);
    if (state.selected !== jobId || !data.lines.length) return;
    $("log-lines").textContent = data.lines.join("\n");
    $("logs").querySelector("summary").textContent = "Log";
    $("logs").hidden = false;
  } catch { /* the log is optional */ }
}

async function download(path, name, button) {
  button.disabled = true;
  try {
    const url = await blobUrl(path);
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
  } catch (err) {
    showError(err, "The download failed.");
  } finally {
    button.disabled = false;
  }
}

// ---- the form --------------------------------------------------------------------------------
function formRequest(form) {
  const data = new FormData(form);
  const body = {
    prompt: String(data.get("prompt") || "").trim(),
    engine: data.get("engine") || "unity",
    export_usd: data.get("export_usd") === "on",
    sign: data.get("sign") === "on",
    textures: data.get("textures") === "on",
  };
  if (data.get("strict") === "on") body.strict = true;
  for (const name of ["category", "style_preset"]) if (data.get(name)) body[name] = data.get(name);
  if (data.get("resolution")) body.resolution = Number(data.get("resolution"));
  if (data.get("seed") !== "" && data.get("seed") !== null) body.seed = Number(data.get("seed"));
  return body;
}

function wireForm() {
  const form = $("job-form");
  document.querySelector("input[name=textures]").addEventListener("change", renderCost);
  document.querySelector("select[name=resolution]").addEventListener("change", renderCost);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = formRequest(form);
    if (!body.prompt) {
      showError({ status: 422, message: "Describe the asset first.", hint: "" });
      $("prompt").focus();
      return;
    }
    const btn = $("submit");
    btn.disabled = true;
    btn.textContent = "Submitting...";
    try {
      const res = await api("/api/v1/jobs", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body) });
      const sub = await res.json();
      hideBanner();
      const job = await getJson(sub.links.self);
      state.jobs.set(job.job_id, job);
      select(job.job_id);
      follow(job.job_id);
      loadUsage();
    } catch (err) {
      showError(err, "The job was not submitted.");
    } finally {
      btn.disabled = false;
      btn.textContent = "Generate pack";
    }
  });
  $("cancel").addEventListener("click", async () => {
    const id = state.selected;
    try {
      await api(`/api/v1/jobs/${encodeURIComponent(id)}/cancel`, { method: "POST" });
      const job = await getJson(`/api/v1/jobs/${encodeURIComponent(id)}`);
      update(job);
    } catch (err) {
      showError(err, "The job could not be cancelled.");
    }
  });
  $("refresh").addEventListener("click", reload);
  $("banner-close").addEventListener("click", hideBanner);
}

// ---- start -----------------------------------------------------------------------------------
async function reload() {
  for (const ctl of state.streams.values()) ctl.abort();
  state.streams.clear();
  if (state.authRequired && !apiKey()) {  // nothing to show until there is a key
    state.jobs = new Map();
    $("usage").hidden = true;
    renderJobs();
    renderDetail();
    return;
  }
  await Promise.all([loadUsage(), loadJobs()]);
}

async function start() {
  wireKeyPanel();
  wirePlanPanel();
  wireForm();
  renderKey();
  try {
    const health = await getJson("/api/studio/health");
    state.authRequired = health.auth_required;
    $("version").textContent = health.worker_version;
    if (health.auth_required && !apiKey()) {
      showInfo("Add your API key", "This server needs an API key: open “API key” at the top right.");
    }
  } catch (err) {
    showError(err, "The server is not answering.");
  }
  await reload();
  setInterval(() => renderJobs(), 30000);  // keeps "n min ago" fresh
}

start();
