// Loads one library into bench/micro.html: the built ES bundle exactly as a clinic
// site loads it, or the vanilla baseline. `window.benchLibraryLoaded` resolves
// once its elements are defined.
const lib = new URLSearchParams(location.search).get('lib') ?? 'relief';
const url = lib === 'vanilla' ? '/bench/vanilla/elements.js' : '/assets/vendor/relief/relief-widgets.js';
window.benchLibraryLoaded = import(url).then(() => lib);
