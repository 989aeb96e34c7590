import './globals.css';

// Only reached for URLs outside any language (the proxy prefixes or rewrites everything else).
export default function GlobalNotFound() {
  return (
    <html lang="be">
      <body className="mx-auto max-w-xl p-6">
        <h1 className="text-2xl font-bold">Старонку не знойдзена · Страница не найдена · Page not found</h1>
        <p className="mt-4">
          <a href="/be">Галоўная</a> · <a href="/ru">Главная</a> · <a href="/en">Front page</a>
        </p>
      </body>
    </html>
  );
}
