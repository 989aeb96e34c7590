import { notFound } from 'next/navigation';

// Any path under a language that no route claims: the language's own 404 page.
export default function UnknownPage() {
  notFound();
}
