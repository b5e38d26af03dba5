/**
 * How a retrieval ended. Apart from `retrieval.ts` so that the snapshot
 * schemas (which every element loads) do not pull in the retrieval engine.
 */
export const RETRIEVAL_STATUSES = ['COMPLETE', 'PARTIAL', 'FAILED'] as const;
export type RetrievalStatus = (typeof RETRIEVAL_STATUSES)[number];
