import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './load-main';

/**
 * Packaging needs Electron's download and cannot run here (docs/ARCHITECTURE.md §2), so what can be
 * checked of it is checked: the config electron-builder would read. js-yaml ships with
 * electron-builder; it has no bundled types, hence the narrow cast.
 */
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName?: string;
  icon: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  win: { target: string[] };
  nsis: Record<string, unknown>;
  linux: { target: string[]; category: string };
  mac: { target: string[] };
  electronFuses: Record<string, boolean>;
}

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { productName: string; main: string };

it('names the app and takes the product name from package.json', () => {
  expect(config.appId).toBe('ma.commune.sas');
  expect(config.productName ?? pkg.productName).toBe(pkg.productName);
  expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
});

it('ships the built app only, with the entry point package.json names', () => {
  expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  expect(config.files.some((f) => f.startsWith('!tests'))).toBe(true);
  expect(pkg.main.startsWith('out/')).toBe(true);
});

it('unpacks native modules and ships the migrations as resources', () => {
  expect(config.asarUnpack).toContain('**/*.node');
  expect(config.npmRebuild).toBe(false);
  expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'db/migrations', to: 'migrations' }));
  expect(fs.existsSync(path.join(ROOT, 'db/migrations/meta/_journal.json'))).toBe(true);
});

it('installs per user on Windows, without administrator rights, and offers a portable build', () => {
  expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'portable']));
  expect(config.nsis).toMatchObject({
    perMachine: false,
    oneClick: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
  });
});

it('builds AppImage and deb for Linux, dmg for macOS', () => {
  expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  expect(config.linux.category).toBe('Office');
  expect(config.mac.target).toContain('dmg');
});

it('sets the release fuses', () => {
  expect(config.electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
  });
});

it('points at a 512x512 PNG icon', () => {
  const icon = fs.readFileSync(path.join(ROOT, config.icon));
  expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
});

it("matches electron-builder's own configuration schema", async () => {
  // An internal module of app-builder-lib (no public export): if an upgrade moves it, update the path.
  const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(config: unknown, logger: { add(key: string, value: unknown): void; isEnabled: boolean }): Promise<void>;
  };
  const logger = { add: () => {}, isEnabled: false };
  await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
  // The check itself must be able to fail.
  await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, notAnOption: 1 } }, logger)).rejects.toThrow(/nsis/);
});

it('packs only what the built main process loads: no build, test or development tool', () => {
  // electron-builder packs the production `dependencies` (and their own): each must be one the
  // bundled main process imports at run time; everything else (renderer libraries, which vite
  // bundles, tsx, vite, test tools) belongs in devDependencies.
  const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const bundle = fs.readFileSync(path.join(ROOT, pkg.main), 'utf8');
  const imported = new Set([...bundle.matchAll(/from\s*["']([^"'.][^"']*)["']/g)].map((m) => m[1].split('/')[0]));
  expect(Object.keys(dependencies).filter((d) => !imported.has(d))).toEqual([]);
  for (const tool of [
    'tsx',
    'esbuild',
    'vite',
    'vitest',
    '@playwright/test',
    'typescript',
    'electron',
    'electron-builder',
    'drizzle-kit',
  ]) {
    expect(dependencies, tool).not.toHaveProperty(tool);
  }
  // No sources, tests or maps beside the built app.
  expect(config.files).toEqual(expect.arrayContaining(['!tests/**', '!**/*.{ts,tsx}', '!out/**/*.map']));
});
