import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // #region readme
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('relief-') } } }),
    // #endregion
  ],
});
