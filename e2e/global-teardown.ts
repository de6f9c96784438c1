import { stopService } from './support/service';

export default async function globalTeardown() {
  const service = globalThis.calmE2eService;
  if (!service) return;

  globalThis.calmE2eService = undefined;
  await stopService(service);
}
