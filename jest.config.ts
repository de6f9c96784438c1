import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';

const LIGHTNING_STUBS =
  '<rootDir>/node_modules/@salesforce/sfdx-lwc-jest/src/lightning-stubs';

function lwcModuleNameMapper(): Record<string, string> {
  const { modules }: { modules: { dir?: string }[] } = JSON.parse(
    readFileSync(join(__dirname, 'lwc.config.json'), 'utf8'),
  );
  const mapper: Record<string, string> = {
    '^lightning/(.+)$': `${LIGHTNING_STUBS}/$1/$1`,
  };

  for (const { dir } of modules) {
    if (!dir) continue;

    const entries = readdirSync(join(__dirname, dir), { withFileTypes: true });
    const namespaces = entries.filter((entry) => entry.isDirectory());

    for (const { name } of namespaces) {
      mapper[`^${name}/(.+)$`] = `<rootDir>/${dir}/${name}/$1/$1`;
    }
  }

  return mapper;
}

const swc: Config['transform'] = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
  ],
};

const config: Config = {
  projects: [
    {
      displayName: 'service',
      testEnvironment: 'node',
      roots: ['<rootDir>/service', '<rootDir>/migrations'],
      testMatch: ['**/*.test.ts'],
      transform: swc,
      setupFiles: ['<rootDir>/service/test/env.ts'],
      globalSetup: '<rootDir>/service/test/global-setup.ts',
      globalTeardown: '<rootDir>/service/test/global-teardown.ts',
    },
    {
      displayName: 'components',
      preset: '@lwc/jest-preset',
      roots: ['<rootDir>/src'],
      setupFiles: ['<rootDir>/src/test/jest-setup.ts'],
      moduleNameMapper: lwcModuleNameMapper(),
      transformIgnorePatterns: [
        '/node_modules/(?!@salesforce/sfdx-lwc-jest/src/lightning-stubs/)',
      ],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: swc,
      setupFilesAfterEnv: ['<rootDir>/e2e/support/timeouts.ts'],
      globalSetup: '<rootDir>/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/global-teardown.ts',
    },
  ],
};

export default config;
