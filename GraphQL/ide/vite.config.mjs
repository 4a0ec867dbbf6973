import { defineConfig } from 'vite';

// Relative asset URLs: the endpoint serves index.html under <path> with a <base href="<path>/ide/">.
export default defineConfig({
  logLevel: 'warn',
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8192,
    reportCompressedSize: false,
    rollupOptions: {
      // graphiql's dependencies carry "use client" directives meant for server-component bundlers.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
});
