import fs from 'node:fs';

export default async function globalTeardown() {
  const { TEMPLATE_PATH } = await import('./databases');
  fs.rmSync(TEMPLATE_PATH, { force: true });
}
