import { defineConfig } from "vite";

// The server serves web/dist; during `npm run dev` API calls go to a local `mssops serve`.
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": process.env.MSSOPS_API ?? "http://127.0.0.1:8080" },
  },
});
