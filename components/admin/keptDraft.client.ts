'use client';
// Nothing typed in the story editor is lost (decision 0026): a copy of unsaved text in localStorage (restored
// after a reload or a crash, removed once the save succeeded), a warning before leaving with unsaved changes
// (closing or reloading the tab, and the newsroom's own links, which navigate without unloading the page).
// Used by the newsroom's editor only: reader pages never read or write these keys.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { submittedValues as formValues } from '@/lib/admin/article-schema';
import { parseDraft, sameValues, type LocalDraft } from '@/lib/admin/localDraft';
import type { SubmittedValues } from '@/lib/admin/form-state';

/** sessionStorage: the draft whose save is under way in this tab, and since when. */
const SAVING = 'newsroom-draft-saving';
/** A save answers within this; an older mark is from a save that never came back. */
const SAVING_FOR_MS = 5 * 60_000;

function storage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // storage disabled: the form still works, without the copy
  }
}

export interface KeptDraft {
  /** A draft restored on opening the form: its text replaces the initial values. */
  restored: LocalDraft | null;
  /** Throw the restored draft away and show the stored text again. */
  discard: () => void;
  /** Call when the form is submitted: a successful save then removes the copy (see `afterSave`). */
  saving: () => void;
  /** Call when the server refused the save: the copy stays. */
  refused: () => void;
}

export function useKeptDraft(
  formRef: RefObject<HTMLFormElement | null>,
  opts: {
    key: string;
    version: number;
    /** The page was reached by a successful save: the copy whose save was under way is done with. */
    afterSave: boolean;
    leaveWarning: string;
  },
): KeptDraft {
  const [restored, setRestored] = useState<LocalDraft | null>(null);
  const baseline = useRef<SubmittedValues | null>(null);
  const dirty = useRef(false);
  const keepNow = useRef<(() => void) | null>(null);
  const { key, version, afterSave, leaveWarning } = opts;

  // On opening: finish a successful save's clean-up, then restore a copy that differs from the stored text.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const session = storage('session');
    const local = storage('local');
    const mark = session?.getItem(SAVING);
    if (mark) {
      const [at, savedKey] = [Number(mark.slice(0, mark.indexOf(':'))), mark.slice(mark.indexOf(':') + 1)];
      if (afterSave && Date.now() - at < SAVING_FOR_MS) local?.removeItem(savedKey);
      session?.removeItem(SAVING);
    }
    baseline.current = formValues(new FormData(form));
    const draft = parseDraft(local?.getItem(key) ?? null);
    if (draft && !sameValues(draft.values, baseline.current)) {
      setRestored(draft);
      dirty.current = true;
    } else if (draft) local?.removeItem(key);
  }, [formRef, key, afterSave]);

  // Every change: keep a copy while the form differs from what was loaded.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Compare with what was loaded; keep or drop the copy. */
    const keep = () => {
      clearTimeout(timer);
      if (!baseline.current) return;
      const data = new FormData(form);
      const values = formValues(data);
      dirty.current = !sameValues(values, baseline.current);
      const local = storage('local');
      if (!dirty.current) {
        local?.removeItem(key);
        return;
      }
      const draft: LocalDraft = {
        savedAt: Date.now(),
        baseVersion: restored?.baseVersion ?? version,
        locale: String(data.get('locale') ?? ''),
        values,
      };
      try {
        local?.setItem(key, JSON.stringify(draft));
      } catch {
        // Full storage: the warning before leaving still protects the text.
      }
    };
    keepNow.current = keep;
    // Later, not on the keystroke itself: the body editor writes its hidden field after the event.
    const check = () => {
      clearTimeout(timer);
      timer = setTimeout(keep, 250);
    };
    // The body's hidden field changes without an input event (toolbar buttons): watch its value too.
    const observer = new MutationObserver(check);
    observer.observe(form, { subtree: true, attributes: true, attributeFilter: ['value'] });
    form.addEventListener('input', check);
    form.addEventListener('change', check);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      form.removeEventListener('input', check);
      form.removeEventListener('change', check);
      keepNow.current = null;
    };
  }, [formRef, key, version, restored]);

  // Leaving with unsaved changes: closing, reloading or typing an address (beforeunload), and clicks on links,
  // which in the newsroom mostly navigate inside the page (asked before the router sees the click).
  useEffect(() => {
    // Decided on the spot (a keystroke's check may still be pending), and the copy written before the page goes.
    const unsaved = () => {
      keepNow.current?.();
      return dirty.current;
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      if (link.href.split('#')[0] === window.location.href.split('#')[0] || !unsaved()) return;
      if (window.confirm(leaveWarning)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [leaveWarning]);

  const discard = useCallback(() => {
    storage('local')?.removeItem(key);
    dirty.current = false;
    setRestored(null);
  }, [key]);
  const saving = useCallback(() => {
    dirty.current = false; // the save navigates on success; a refusal sets it back (refused)
    storage('session')?.setItem(SAVING, `${Date.now()}:${key}`);
  }, [key]);
  const refused = useCallback(() => {
    storage('session')?.removeItem(SAVING);
    if (baseline.current && formRef.current)
      dirty.current = !sameValues(formValues(new FormData(formRef.current)), baseline.current);
  }, [formRef]);
  return { restored, discard, saving, refused };
}
