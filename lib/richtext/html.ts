// Text and attribute values for HTML written as strings (feeds' HTML content, the lite article, the small
// 404/410 pages): every character that could start markup or end an attribute is escaped (decision 0017).

/** `&`, `<`, `>`, `"` and `'` as entities: safe in element text and in quoted attribute values. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
