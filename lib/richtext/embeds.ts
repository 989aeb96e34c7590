// Embeds of other sites' posts and videos (decision 0027): which pasted addresses are recognised, the
// {provider, id} they are stored as, and the one canonical address rebuilt from that pair. Nothing else about
// a pasted address survives (query strings, tracking parameters, other hosts), and every id is checked against
// its provider's shape both when stored and when rendered.
import type { EmbedNode, EmbedProvider } from './types';

export type Embed = EmbedNode['attrs'];

export const EMBED_PROVIDERS: readonly EmbedProvider[] = ['youtube', 'telegram', 'x', 'instagram'];

/** The shape of each provider's id, as stored. */
const ID_SHAPE: Record<EmbedProvider, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  // channel/post
  telegram: /^[A-Za-z][A-Za-z0-9_]{3,31}\/[1-9][0-9]{0,9}$/,
  // the post's number
  x: /^[1-9][0-9]{0,19}$/,
  // p|reel|tv/code
  instagram: /^(?:p|reel|tv)\/[A-Za-z0-9_-]{5,40}$/,
};

const HOSTS: Record<string, EmbedProvider> = {
  'youtube.com': 'youtube',
  'www.youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'youtube-nocookie.com': 'youtube',
  'www.youtube-nocookie.com': 'youtube',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'x.com': 'x',
  'www.x.com': 'x',
  'mobile.x.com': 'x',
  'twitter.com': 'x',
  'www.twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'instagram.com': 'instagram',
  'www.instagram.com': 'instagram',
};

/** A stored pair, checked: null unless the provider is known and the id has its shape. */
export function embedOf(provider: unknown, id: unknown): Embed | null {
  if (typeof provider !== 'string' || typeof id !== 'string') return null;
  if (!EMBED_PROVIDERS.includes(provider as EmbedProvider)) return null;
  const p = provider as EmbedProvider;
  return ID_SHAPE[p].test(id) ? { provider: p, id } : null;
}

function idFromPath(provider: EmbedProvider, url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  switch (provider) {
    case 'youtube':
      if (url.hostname === 'youtu.be') return parts.length === 1 ? parts[0] : null;
      if (parts.length === 1 && parts[0] === 'watch') return url.searchParams.get('v');
      if (parts.length === 2 && ['embed', 'shorts', 'live', 'v'].includes(parts[0])) return parts[1];
      return null;
    case 'telegram': {
      const [channel, post] = parts[0] === 's' ? parts.slice(1) : parts;
      return parts.length === (parts[0] === 's' ? 3 : 2) ? `${channel}/${post}` : null;
    }
    case 'x': {
      // /user/status/N, /i/status/N, /i/web/status/N (a trailing /photo/1 and the like is dropped)
      const at = parts.indexOf('status');
      return at >= 1 && at <= 2 && parts[at + 1] ? parts[at + 1] : null;
    }
    case 'instagram':
      return parts.length >= 2 && parts.length <= 3 && ['p', 'reel', 'tv'].includes(parts[0])
        ? `${parts[0]}/${parts[1]}`
        : null;
  }
}

/** A pasted address → the embed it names, or null for anything that is not one of the providers' posts. */
export function parseEmbedUrl(input: unknown): Embed | null {
  if (typeof input !== 'string') return null;
  const value = input.trim();
  // No controls, spaces or backslashes anywhere: an address that needs repairing is refused (decision 0017).
  if (!value || value.length > 500 || /[\u0000-\u0020\u007F\\]/.test(value)) return null;
  if (!/^https?:\/\//i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password || url.port) return null;
  const provider = Object.hasOwn(HOSTS, url.hostname) ? HOSTS[url.hostname] : undefined;
  if (!provider) return null;
  return embedOf(provider, idFromPath(provider, url));
}

/** The embed's canonical address on its provider's site (https, no tracking). */
export function embedUrl(embed: Embed): string {
  switch (embed.provider) {
    case 'youtube':
      return `https://www.youtube.com/watch?v=${embed.id}`;
    case 'telegram':
      return `https://t.me/${embed.id}`;
    case 'x':
      return `https://x.com/i/status/${embed.id}`;
    case 'instagram':
      return `https://www.instagram.com/${embed.id}/`;
  }
}
