import type { PageVersion, RecordPages, SavedPage } from 'data/wire';

export interface VersionLog {
  saved: PageVersion[];
  activeVersion?: number | null;
}

/** What this editor saved or activated since it loaded. */
export function recordSave(log: VersionLog, page: SavedPage): VersionLog {
  const { version, label, template, createdDate, isActive } = page;
  const saved = [{ version, label, template, createdDate, isActive }];
  return { ...log, saved: [...saved, ...log.saved] };
}

export function recordActivation(log: VersionLog, version: number) {
  return { ...log, activeVersion: version };
}

/** The loaded versions and this session's, newest first, the active marked. */
export function mergeVersions(
  loaded: RecordPages | undefined,
  log: VersionLog,
): { activeVersion: number | null; versions: PageVersion[] } {
  const activeVersion =
    log.activeVersion !== undefined
      ? log.activeVersion
      : (loaded?.activeVersion ?? null);
  const byNumber = new Map<number, PageVersion>();

  for (const version of [...log.saved, ...(loaded?.versions ?? [])]) {
    if (!byNumber.has(version.version)) byNumber.set(version.version, version);
  }
  const versions = [...byNumber.values()]
    .sort((a, b) => b.version - a.version)
    .map((version) => ({
      ...version,
      isActive: version.version === activeVersion,
    }));
  return { activeVersion, versions };
}
