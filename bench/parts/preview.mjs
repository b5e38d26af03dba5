/** Part 4: <hris-sync-preview> time to first rows painted, 100,000 rows against 1,000; longest task while scrolling. */
export async function previewPart() {
  throw new Error('preview part not written yet');
}
