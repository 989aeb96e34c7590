/**
 * A dynamic route segment as text. Next may hand over a segment still percent-encoded; decoding a value
 * that is not valid percent-encoding (`100%`) must not throw (that would be a 500), so it is kept as is.
 */
export function routeParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
