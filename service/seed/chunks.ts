const CHUNK_ROWS = 1_000;

/** Runs one multi-row insert per thousand rows. */
export async function inChunks<T>(
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    await insert(rows.slice(i, i + CHUNK_ROWS));
  }
}
