import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';
const VENDOR_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  'react-router',
  'react-router-dom',
  'cookie',
  'set-cookie-parser',
  '@apollo',
  '@wry',
  'optimism',
  'rxjs',
  'tslib',
  'graphql',
  'graphql-tag',
  '@graphql-typed-document-node',
  'i18next',
  'react-i18next',
  'html-parse-stringify',
  'void-elements',
  'use-sync-external-store',
];
const sharedVendor = new RegExp(`node_modules[\\\\/](${VENDOR_PACKAGES.join('|')})[\\\\/]`);

/**
 * Replaces each `graphql(`…`)` call with the document it stands for, written out where it is called. The generated
 * `graphql()` looks documents up in a map of all of them, and a module is never split between files, so without
 * this every page's queries ship in the first load; with it, a document ships with the page that uses it. It is
 * the same lookup as the generated function (by the exact source text, in the generated `gql.ts`) giving the same
 * document (the generated `graphql.ts`), done at build time — what the client preset's babel plugin is for.
 */
function typedDocuments(generatedDir: string): Plugin {
  const gqlFile = `${generatedDir}/gql.ts`;
  const documentsFile = `${generatedDir}/graphql.ts`;
  const documents = new Map<string, string>();

  return {
    name: 'thidua:typed-documents',
    apply: 'build',
    buildStart() {
      documents.clear();
      const literals = new Map<string, string>();
      for (const [, name, json] of readFileSync(documentsFile, 'utf8').matchAll(
        /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm,
      )) {
        literals.set(name, JSON.stringify(JSON.parse(json)));
      }
      const map = /const documents: Documents = \{\n([\s\S]*?)\n\};/.exec(readFileSync(gqlFile, 'utf8'));
      for (const [, text, name] of (map?.[1] ?? '').matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
        const literal = literals.get(name);
        if (!literal) this.error(`${name} is in ${gqlFile} but not in ${documentsFile}: run the codegen`);
        documents.set(JSON.parse(text) as string, literal);
      }
      if (documents.size === 0) this.error(`no documents read from ${gqlFile}: has the codegen output changed shape?`);
    },
    transform(code, id) {
      if (id.startsWith(generatedDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      let replaced = 0;
      // Documents have no escapes and no ${…}: their text is the template's source text.
      const out = code.replace(/\bgraphql\(`([^`\\]*)`\)/g, (call, text: string) => {
        const literal = text.includes('${') ? undefined : documents.get(text);
        if (!literal) {
          this.warn(`${id}: a graphql() document not in ${gqlFile}; run the codegen`);
          return call;
        }
        replaced += 1;
        // The same number of lines, so that the lines after it keep their place in the source map.
        return `(${literal}${'\n'.repeat(call.split('\n').length - 1)})`;
      });
      return replaced === 0 ? null : { code: out, map: null };
    },
  };
}

/** The API serves the built app at `/`, so the base stays `/` and client routes fall back to index.html there. */
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), typedDocuments(fileURLToPath(new URL('src/generated', import.meta.url)))],
  resolve: { tsconfigPaths: true },
  server: {
    host: '127.0.0.1',
    port: 4200,
    proxy: {
      // ws: subscriptions (graphql-ws) upgrade at the same path.
      '/graphql': { target: api, changeOrigin: true, ws: true },
      '/healthz': { target: api, changeOrigin: true },
      '/public': { target: api, changeOrigin: true },
    },
  },
  preview: { host: '127.0.0.1', port: 4300 },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The libraries every screen needs change less often than the app: a separate file stays cached across
        // releases. The others (recharts and its d3 and redux, @tanstack/react-virtual, json-logic-js) are left out
        // so that they ship with the lazily loaded pages that use them, not in the first load.
        codeSplitting: { groups: [{ name: 'vendor', test: sharedVendor }] },
      },
    },
  },
});
