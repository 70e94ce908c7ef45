// Bundles the engine, the CLI and the tests with esbuild. tsc only type-checks (npm run check-types).
//   node esbuild.mjs             dist/engine.js, dist/cli.js, dist/cli-worker.js, dist/extension.js, dist/worker.js
//   node esbuild.mjs --tests     out/test/**/*.test.js (engine and CLI tests, run by mocha), out/test/probes/*.js and
//                                out/test/integration/suite/*.js
//   node esbuild.mjs --production  minified
import * as esbuild from 'esbuild';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { writeAscii } from './scripts/ascii-bundle.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// OUT_DIR lets several builds run side by side (e.g. while tuning rules); the default is dist/.
const outDir = process.env.OUT_DIR || 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not credit Node with \p{…} outside a character class, and would turn every such regex
  // literal into a `new RegExp(…)` built each time its expression runs: in a per-character loop, per character.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  loader: { '.txt': 'text' },
};

/**
 * The catalogue's term lists and prefilter, packed (see src/engine/prefilter-data.ts): computed by bundling and
 * running the engine's own packCatalogue, so it always matches the rules being built.
 */
async function packedCatalogue() {
  const built = await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['src/engine/prefilter-pack.ts'], write: false });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.packCatalogue();
}

const packed = await packedCatalogue();
/** Puts the packed catalogue (or nothing: it is then compiled when first needed) in src/engine/prefilter-data.ts. */
const prefilterData = (value) => ({
  name: 'prefilter-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]prefilter-data\.ts$/ }, () => ({
      contents: `import type { PackedCatalogue } from './prefilter-pack';\nexport const CATALOGUE: PackedCatalogue | undefined = ${JSON.stringify(value)};`,
      loader: 'ts',
    }));
  },
});

/**
 * mdast-util-from-markdown hands each token's handler a fresh copy of its compile context, the context spread into
 * a new object with that token's `sliceSerialize`: an object of ten properties per event, some 40,000 events for
 * a 20 KB memo. The handlers (its own, GFM's and front matter's) use the context only while they run, so the
 * bundles give them the one context with `sliceSerialize` set before each call: the same tree (the parser's
 * differential test compares it with the stock packages', loaded from node_modules), and a 20 KB memo lints in
 * 0.92x the time. Should the package's code change, the build stops here rather than ship it unpatched or patched
 * wrongly.
 */
const sharedCompileContext = {
  name: 'from-markdown-shared-context',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      const copy = /handler\[events\[index\]\[1\]\.type\]\.call\(\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}, events\[index\]\[1\]\);/g;
      const found = source.match(copy)?.length ?? 0;
      if (found !== 1) throw new Error(`${a.path}: expected one handler call with a copied context, found ${found}; review the shared-context patch in esbuild.mjs`);
      return {
        contents: source.replace(copy, 'context.sliceSerialize = events[index][2].sliceSerialize;\n        handler[events[index][1].type].call(context, events[index][1]);'),
        loader: 'js',
      };
    });
  },
};
/**
 * The rule files write their regular expression terms as literals: checked when written, highlighted, and read
 * by the ReDoS test. The engine reads only their source (it compiles its own expressions from the terms), but
 * V8 checks every literal's pattern when it compiles the bundle and builds each object when the module runs:
 * about 2,000 literals that cost a fresh CLI process some 70 ms of CPU before its first lint. The bundles carry
 * them as `{ source, flags }` records (the engine's `TermPattern`), read off the literal as the build's Node
 * evaluates it.
 */
const rulePatternsAsSources = {
  name: 'rule-patterns-as-sources',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]rules[\\/].*\.ts$/ }, async (a) => {
      const { default: ts } = await import('typescript');
      const text = readFileSync(a.path, 'utf8');
      const file = ts.createSourceFile(a.path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
      let out = '';
      let at = 0;
      const visit = (node) => {
        if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return ts.forEachChild(node, visit);
        const re = new Function(`return ${node.text};`)();
        out += `${text.slice(at, node.getStart(file))}{ source: ${JSON.stringify(re.source)}, flags: ${JSON.stringify(re.flags)} }`;
        at = node.end;
      };
      visit(file);
      return { contents: out + text.slice(at), loader: 'ts' };
    });
  },
};
common.plugins = [prefilterData(packed), sharedCompileContext, rulePatternsAsSources];

/** Resolves the CLI's imports of the engine to dist/engine.js, beside the CLI, instead of bundling it. */
const engineBesideCli = {
  name: 'engine-beside-cli',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/engine\/index$/ }, (a) => (/[\\/]src[\\/]cli[\\/]/.test(a.importer) ? { path: './engine.js', external: true } : undefined));
  },
};

/**
 * Writes dist/engine.cache, V8's code cache of dist/engine.js warmed by linting the example memos (see
 * src/cli/engine.ts), in a fresh process that sets the CLI's V8 flags as the CLI does: V8 takes a cache only
 * under the flags and the version it was made with.
 */
async function writeEngineCodeCache() {
  const built = await esbuild.build({
    ...common,
    sourcemap: false,
    minify: false,
    write: false,
    plugins: [engineBesideCli],
    stdin: {
      contents: "import { compileRegExpsOnFirstRun } from './src/cli/v8';\nimport { writeCodeCache } from './src/cli/engine';\n" +
        "compileRegExpsOnFirstRun();\nconst memos = process.argv.slice(2).map((f) => require('node:fs').readFileSync(f, 'utf8'));\n" +
        `writeCodeCache(${JSON.stringify(resolve(outDir))}, memos);\n`,
      resolveDir: '.',
      loader: 'ts',
    },
  });
  const memos = readdirSync('examples').filter((f) => f.endsWith('.md')).map((f) => join('examples', f));
  execFileSync(process.execPath, ['-e', built.outputFiles[0].text, ...memos], { stdio: ['ignore', 'inherit', 'inherit'] });
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    // Test files, and the probes they run in processes of their own (test/probes/).
    else if (p.endsWith('.test.ts') || (p.includes(join('test', 'probes')) && p.endsWith('.ts'))) out.push(p);
  }
  return out;
}

if (args.has('--tests')) {
  await esbuild.build({
    ...common,
    entryPoints: walk('test').filter((p) => !p.includes(`${join('test', 'integration')}`)),
    outdir: 'out',
    outbase: '.',
    external: ['mocha'],
  });
  // The integration suite runs inside VS Code's extension host: vscode comes from the host, mocha from node_modules.
  await esbuild.build({
    ...common,
    entryPoints: readdirSync(join('test', 'integration', 'suite')).filter((f) => f.endsWith('.ts')).map((f) => join('test', 'integration', 'suite', f)),
    outdir: join('out', 'test', 'integration', 'suite'),
    external: ['mocha', 'vscode'],
  });
} else {
  const { existsSync } = await import('node:fs');
  // Written in ASCII (see scripts/ascii-bundle.mjs).
  const dist = (options) => esbuild.build({ ...options, write: false }).then((r) => writeAscii(r.outputFiles));
  await Promise.all([
    dist({ ...common, entryPoints: { engine: 'src/engine/index.ts' }, outdir: outDir }),
    // The extension: vscode is provided by the editor; the lint worker is its own entry, loaded from dist/. The
    // extension host lints only when the worker cannot start, so only the worker carries the packed prefilter
    // (about 490 KB).
    dist({ ...common, entryPoints: { worker: 'src/vscode/worker.ts' }, outdir: outDir, external: ['vscode'] }),
    dist({
      ...common,
      entryPoints: { extension: 'src/vscode/extension.ts' },
      outdir: outDir,
      external: ['vscode'],
      plugins: [prefilterData(undefined), sharedCompileContext, rulePatternsAsSources],
    }),
    // The CLI and its lint workers load the engine from dist/engine.js at run time: one copy of it in the package,
    // and the CLI reads none of it for --help, --version or a run answered from the cache.
    existsSync('src/cli/main.ts') && dist({
      ...common,
      entryPoints: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
      outdir: outDir,
      banner: { js: '#!/usr/bin/env node' },
      plugins: [prefilterData(packed), sharedCompileContext, rulePatternsAsSources, engineBesideCli],
    }),
  ]);
  if (existsSync('src/cli/main.ts')) await writeEngineCodeCache();
}
