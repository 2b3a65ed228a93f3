import { defineConfig } from 'vite';

// /embed.js: the <pwc-leaderboard> web component as one classic script (IIFE), without React or
// any other dependency, so a page on any site can load it with a plain <script src>. Built after
// the app (whose build empties dist/) into dist/embed/; the server serves it at /embed.js.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    lib: {
      entry: 'src/embed/index.ts',
      formats: ['iife'],
      name: 'PwcEmbed',
      fileName: () => 'embed.js',
    },
  },
});
