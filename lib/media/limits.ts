// Limits of a picture upload that the browser checks too (before sending) — no server-only imports here.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** What the upload accepts; the server reads the type from the bytes, this only narrows the file dialog. */
export const UPLOAD_ACCEPT = 'image/jpeg,image/png,image/webp';
