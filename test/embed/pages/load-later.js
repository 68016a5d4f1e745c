// For pages served with no script of the bundle's: the test edits the page as
// a CMS would, then calls __loadRelief(path) to load the ES bundle from `path`.
// (import(), because the page's Trusted Types policy rightly refuses a script URL set from outside.)
window.__loadRelief = (path) => import(`${path}relief-widgets.js`);
