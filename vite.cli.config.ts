import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** npm links `bin` entries as they are, so the bundle must be executable to run as `faultline`. */
function executable(): Plugin {
  return {
    name: 'faultline-executable',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist/cli';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) await chmod(join(dir, chunk.fileName), 0o755);
      }
    },
  };
}

/** The command-line scanner: one self-contained ESM file for Node, with no dependency to install. */
export default defineConfig({
  publicDir: false,
  plugins: [executable()],
  ssr: { noExternal: true },
  build: {
    ssr: 'src/cli/faultline.ts',
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'faultline.js', banner: '#!/usr/bin/env node' },
    },
  },
});
