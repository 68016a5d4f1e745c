declare const __RELIEF_VERSION__: string;

/** The package version, injected by the build (Vite `define`) and by the test server. */
export const VERSION: string = __RELIEF_VERSION__;
