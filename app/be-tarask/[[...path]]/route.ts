// /be-tarask/…: every Belarusian reader page, converted automatically (decision 0031, lib/belarusian/viewResponse.ts).
import { scriptViewResponse } from '@/lib/belarusian/viewResponse';

// Per request: it reads the Cyrillic page from Next's cache and converts it (remembered by content).
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return scriptViewResponse(request, 'tarask');
}
