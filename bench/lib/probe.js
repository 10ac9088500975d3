// Injected into every benchmarked page before its own scripts (Playwright addInitScript), so
// "ready" is one definition for the app and the reference pages alike:
//   every <figure> that intersects the viewport (at least one) holds a drawn chart — an
//   svg.recharts-surface (Recharts) or svg.chart-surface (the app's plain SVG frame) with a non-empty path, or a canvas with painted pixels — and no fetch
//   is pending; the condition must still hold two animation frames later. The time recorded
//   is performance.now() (milliseconds from navigation start) of the frame where it first held.
//   A figure that cannot be seen (hidden, visibility:hidden) does not count.
// It also offers __benchSettle(), which times one view change: from the input event (or the
// call, for a change made by script) to the first frame after the last DOM mutation, once the
// DOM has stayed quiet for two frames and 100 ms.
(() => {
  const state = { inflight: 0, readyAt: null, alert: null, figures: 0, tooltipAt: null };
  Object.defineProperty(window, '__bench', { value: state });

  const nativeFetch = window.fetch;
  window.fetch = function benchFetch(...args) {
    state.inflight++;
    const settle = () => {
      state.inflight--;
    };
    const pending = nativeFetch.apply(this, args);
    pending.then(settle, settle);
    return pending;
  };

  const painted = new WeakSet();
  function canvasPainted(canvas) {
    if (painted.has(canvas)) return true;
    if (canvas.width === 0 || canvas.height === 0) return false;
    const ctx = canvas.getContext('2d');
    if (!ctx) return false;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    // Alpha of every 7th pixel: enough to see an axis or a line, cheap enough for every frame.
    for (let i = 3; i < data.length; i += 28) {
      if (data[i] !== 0) {
        painted.add(canvas);
        return true;
      }
    }
    return false;
  }

  function drawn(figure) {
    for (const path of figure.querySelectorAll('svg.recharts-surface path, svg.chart-surface path')) {
      const d = path.getAttribute('d');
      if (d && d.length > 1) return true;
    }
    for (const canvas of figure.querySelectorAll('canvas')) if (canvasPainted(canvas)) return true;
    return false;
  }

  // A figure counts only where it can be seen: not hidden, not under visibility:hidden (the
  // app's live figures lay out unseen beneath the prerendered first screen until it takes over).
  function inViewport(el) {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  }

  function ready() {
    const all = document.querySelectorAll('figure');
    state.figures = all.length;
    if (all.length === 0) {
      // A page that shows an error instead of figures (e.g. a view that does not exist yet).
      const alert = document.querySelector('main [role="alert"]');
      state.alert = alert ? alert.textContent.trim().slice(0, 200) : null;
      return false;
    }
    state.alert = null;
    const visible = [...all].filter(inViewport);
    return visible.length > 0 && visible.every(drawn) && state.inflight === 0;
  }

  // The test reads layout, so it runs only in frames after the DOM changed: a page busy
  // rendering is not made to lay out more often than it would to paint.
  let dirty = true;
  new MutationObserver(() => {
    dirty = true;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  let candidate = null;
  let framesHeld = 0;
  let last = false;
  function poll() {
    // Canvas pixels and pending fetches change without DOM mutations: re-test while they matter.
    if (dirty || state.inflight > 0 || document.querySelector('figure canvas')) {
      dirty = false;
      last = ready();
    }
    if (last) {
      if (candidate === null) candidate = performance.now();
      else framesHeld++;
      if (framesHeld >= 2) {
        state.readyAt = candidate;
        return;
      }
    } else {
      candidate = null;
      framesHeld = 0;
    }
    requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);

  /** Times one view change; `action` is run here (script changes) or null (the caller clicks). */
  function settle(action, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
      const s = { start: null, lastMutation: null, end: null, quietFrames: 0 };
      const onInput = (event) => {
        if (s.start === null) s.start = event.timeStamp;
      };
      const kinds = ['input', 'change', 'click'];
      for (const k of kinds) document.addEventListener(k, onInput, true);
      const observer = new MutationObserver(() => {
        s.lastMutation = performance.now();
        s.end = null;
        s.quietFrames = 0;
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(new Error(`no settled DOM change within ${timeoutMs} ms`)), timeoutMs);
      function finish(error) {
        clearTimeout(timer);
        observer.disconnect();
        for (const k of kinds) document.removeEventListener(k, onInput, true);
        if (error) reject(error);
        else resolve(s.end - s.start);
      }
      function frame() {
        if (s.start !== null && s.lastMutation !== null) {
          if (s.end === null) s.end = performance.now();
          else s.quietFrames++;
          if (s.quietFrames >= 2 && performance.now() - s.lastMutation >= 100) return finish(null);
        }
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
      if (action) {
        s.start = performance.now();
        action();
      }
    });
  }
  Object.defineProperty(window, '__benchSettle', { value: settle });

  // "First view interactive": the first frame where a tooltip is seen on the first chart while
  // the caller hovers it (bench/run.mjs). `kind` names the page: the app's tooltip is
  // .chart-tooltip (its keyboard tooltip aside); ECharts' is a div of the chart's box that holds
  // text and no canvas.
  function tooltipShown(kind) {
    const candidates =
      kind === 'app'
        ? document.querySelectorAll('#root figure .chart-tooltip:not(.chart-focus-tooltip)')
        : document.querySelectorAll('figure div');
    for (const el of candidates) {
      if (kind !== 'app' && el.querySelector('canvas')) continue;
      if (el.textContent.trim() && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
    }
    return false;
  }
  function watchTooltip(kind) {
    state.tooltipAt = null;
    const frame = () => {
      if (tooltipShown(kind)) state.tooltipAt = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }
  Object.defineProperty(window, '__benchWatchTooltip', { value: watchTooltip });
})();
