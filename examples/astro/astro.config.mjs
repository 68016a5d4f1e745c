import { defineConfig } from 'astro/config';

// A static site (astro build writes dist/).
export default defineConfig({});
