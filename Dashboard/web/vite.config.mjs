import { defineConfig } from 'vite';

// The Silo serves index.html at / and the hashed assets under /assets/ (Dashboard/Page/DashboardAssets.cs).
export default defineConfig({
  logLevel: 'warn',
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: {
      // @microsoft/signalr's ESM build carries /*#__PURE__*/ comments where rollup cannot use them (harmless).
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') {
          warn(warning);
        }
      },
    },
  },
});
