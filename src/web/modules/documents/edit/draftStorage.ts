import type { DraftValues } from './draftValues.ts';

/** What was typed but not saved, per version: nothing is lost on an error, a timeout or a closed tab. */
export type StoredDraft = { baseVersion: number; savedAt: string; values: DraftValues };

const key = (versionId: string) => `eiso.documents.draft.${versionId}`;

export function loadDraft(versionId: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key(versionId));
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function storeDraft(versionId: string, draft: StoredDraft) {
  try {
    localStorage.setItem(key(versionId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still holds the values.
  }
}

export function clearDraft(versionId: string) {
  localStorage.removeItem(key(versionId));
}
