// Every page is rendered at build time (adapter-static).
export const prerender = true;
