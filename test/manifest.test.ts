import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { COMMANDS, SECTION } from '../src/vscode/constants';

const root = resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('manifest: package.json agrees with the code', () => {
  it('Should name the package, the extension and the CLI memo-redflags, with the extension as main', () => {
    assert.equal(pkg.name, 'memo-redflags');
    assert.equal(nls[pkg.displayName.slice(1, -1)], 'Memo Red Flags');
    assert.deepEqual(pkg.bin, { 'memo-redflags': 'dist/cli.js' });
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('Should contribute exactly the commands the code registers, under the category Memo Red Flags', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    for (const c of pkg.contributes.commands) {
      assert.equal(nls[c.category.slice(1, -1)], 'Memo Red Flags', c.command);
      assert.ok(nls[c.title.slice(1, -1)], `${c.command} has a title in package.nls.json`);
    }
    const hidden = pkg.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    assert.deepEqual(hidden.sort(), [COMMANDS.acknowledge, COMMANDS.openRuleDoc].sort(), 'internal commands stay out of the palette');
  });

  it('Should contribute the settings under redflags. that the adapter reads', () => {
    const keys = Object.keys(pkg.contributes.configuration.properties).sort();
    assert.deepEqual(keys, ['enable', 'rules', 'showGreen', 'showGaps', 'language', 'quoteLanguage', 'debounce', 'maxFileSize'].map((k) => `${SECTION}.${k}`).sort());
    const settings = readFileSync(join(root, 'src', 'vscode', 'settings.ts'), 'utf8');
    for (const k of keys) assert.ok(settings.includes(`'${k.slice(SECTION.length + 1)}'`), `settings.ts reads ${k}`);
    execFileSync(process.execPath, [join(root, 'scripts', 'sync-manifest.mjs'), '--check'], { cwd: root });
  });

  it('Should activate only for Markdown, a .redflags.json, or a restored report', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'workspaceContains:**/.redflags.json', 'onWebviewPanel:redflags.report', 'onWebviewPanel:redflags.workspaceReport']);
  });

  it('Should declare untrusted and virtual workspace support', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, true);
  });

  it('Should point every contributed file at a file that exists, and ship it', () => {
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
    const paths = [
      pkg.icon,
      ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
      ...pkg.contributes.snippets.map((s: { path: string }) => s.path),
      ...pkg.contributes.jsonValidation.map((j: { url: string }) => j.url),
    ];
    for (const p of paths) {
      assert.ok(existsSync(join(root, p)), `${p} exists`);
      const top = p.replace(/^\.\//, '').split('/')[0];
      assert.ok(ignore.includes(`!${top}/**`) || ignore.includes(`!${p.replace(/^\.\//, '')}`), `${p} is shipped by .vscodeignore`);
    }
    for (const shipped of ['!dist/extension.js', '!dist/worker.js', '!l10n/**', '!docs/rules/**', '!package.nls*.json']) assert.ok(ignore.includes(shipped), shipped);
    assert.ok(!/^!src|^!test|\.map$/m.test(ignore), 'no sources, tests or maps');
  });

  it('Should keep vscode out of everything but src/vscode', () => {
    for (const f of [...files(join(root, 'src')), ...files(join(root, 'test')).filter((p) => !p.includes(join('test', 'integration')))]) {
      if (f.includes(join('src', 'vscode'))) continue;
      assert.ok(!/from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(readFileSync(f, 'utf8')), `${f} imports vscode`);
    }
  });

  it('Should never read the shared knowledge folder at run time', () => {
    for (const f of files(join(root, 'src'))) assert.ok(!readFileSync(f, 'utf8').includes('../shared'), f);
  });
});
