// A page builder's way of adding a script: inside a shadow root, where the
// script has no document.currentScript to find its own URL by. (The page's
// policy allows this test's own Trusted Types policy for it.)
const bundle = document.currentScript.dataset.bundle;
const policy = trustedTypes.createPolicy('relief-test-loader', { createScriptURL: (url) => url });
const host = document.createElement('div');
document.body.append(host);
const script = document.createElement('script');
script.src = policy.createScriptURL(bundle);
host.attachShadow({ mode: 'open' }).append(script);
