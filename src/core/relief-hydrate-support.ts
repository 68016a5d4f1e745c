/**
 * Lets the elements hydrate prerendered HTML in place (see prerender/): it must
 * run before Lit's element class is defined, so the bundle entry imports this
 * module first. (A module of our own, because the bundler keeps the order of
 * internal imports but may move a bare side-effect import of a dependency;
 * named relief-*, like every module with side effects: see package.json.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
