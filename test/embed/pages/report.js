// Loaded first by every embed test page, as a classic script: records what the
// widgets do to the page, for the test in the parent frame to read.
(() => {
  const record = (window.__relief = {
    errors: [],
    warnings: [],
    violations: [],
    privacyCalls: [],
    shifts: [],
    markerTops: [],
  });
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    record.warnings.push(args.map(String).join(' '));
    warn(...args);
  };

  // Every way a script could store or send something.
  const watch = (target, name, label) => {
    const original = target?.[name];
    if (typeof original !== 'function') return;
    target[name] = function (...args) {
      record.privacyCalls.push(label);
      return original.apply(this, args);
    };
  };
  watch(Storage.prototype, 'setItem', 'Storage.setItem');
  watch(Storage.prototype, 'removeItem', 'Storage.removeItem');
  watch(Storage.prototype, 'clear', 'Storage.clear');
  watch(window.indexedDB, 'open', 'indexedDB.open');
  watch(navigator, 'sendBeacon', 'navigator.sendBeacon');
  watch(window, 'fetch', 'fetch');
  watch(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  watch(window.caches, 'open', 'caches.open');
  watch(navigator.serviceWorker, 'register', 'serviceWorker.register');
  for (const name of ['WebSocket', 'EventSource', 'BroadcastChannel']) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = class extends Original {
      constructor(...args) {
        record.privacyCalls.push(name);
        super(...args);
      }
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      record.privacyCalls.push('document.cookie');
      cookie.set.call(this, value);
    },
  });

  // Layout stability: the layout-shift entries where the engine has them, and
  // the position of a marker below the widgets over time.
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  }
  // Polled with timers rather than animation frames, which some engines throttle.
  const sample = () => {
    const marker = document.getElementById('marker');
    const widgets = [...document.querySelectorAll('[data-widget]')];
    if (marker) {
      const bases = widgets.map((widget) => widget.shadowRoot?.querySelector('[part~="base"]')).filter(Boolean);
      record.markerTops.push({
        top: marker.getBoundingClientRect().top + window.scrollY,
        rendered: widgets.length > 0 && widgets.every((widget) => widget.getBoundingClientRect().height > 0),
        visibleLanguages: [
          ...new Set(bases.filter((base) => getComputedStyle(base).visibility === 'visible').map((base) => base.lang)),
        ],
      });
    }
    if (record.markerTops.length < 300) setTimeout(sample, 5);
  };
  setTimeout(sample);
})();
