import type { ReactNode } from 'react';

// The real root layout, with <html lang>, is app/[locale]/layout.tsx: the language is part of every URL.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
