/**
 * Whether the person using the app may change record pages. Every write
 * is checked again by the service; until the app has users, everyone may.
 */
export function canEditPages(): boolean {
  return true;
}

/** The page editor's address for an object's record page. */
export function pageEditorHref(objectApiName: string, recordId?: string) {
  const type = encodeURIComponent(objectApiName);
  const query = recordId ? `?recordId=${encodeURIComponent(recordId)}` : '';
  return `/lightning/setup/RecordPages/${type}${query}`;
}
