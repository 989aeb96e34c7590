import { describe, expect, it } from 'vitest';
import type { BodyPicture } from '@/lib/richtext/types';
import { convertBody, type PictureRef } from './body';

const picture = (ref: PictureRef): BodyPicture | null =>
  ref.attachmentId === 7
    ? {
        mediaId: 'pic7',
        src: '/media/uploads/abc-w64.webp',
        width: 64,
        height: 48,
        alt: 'Мост',
        caption: '',
        credit: '',
      }
    : null;

describe('convertBody', () => {
  it('maps paragraphs, headings, lists, quotes and marks; implicit paragraphs split on blank lines', () => {
    const { doc, issues } = convertBody(
      'Першы радок\nдругі\n\nНовы абзац <b>тоўста</b> <i>коса</i>\n<h4>Падзагаловак</h4><ol><li>Адзін</li><li><p>Два</p></li></ol>',
      picture,
    );
    expect(issues).toEqual([]);
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Першы радок' }, { type: 'hardBreak' }, { type: 'text', text: 'другі' }],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Новы абзац ' },
          { type: 'text', text: 'тоўста', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'коса', marks: [{ type: 'italic' }] },
        ],
      },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Падзагаловак' }] },
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Адзін' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Два' }] }] },
        ],
      },
    ]);
  });

  it('maps [caption] pictures, [gallery], [embed] and known iframes; reports what it cannot map', () => {
    const { doc, issues } = convertBody(
      '[caption id="attachment_7" width="300"]<img class="wp-image-7" src="https://x/a.png" alt="Рака" /> Подпіс[/caption]' +
        '[gallery ids="7, 99"][embed]https://x.com/someone/status/12345[/embed][contact-form id="3"]' +
        '<iframe src="//www.youtube.com/embed/aqz-KE-bpKQ?rel=0"></iframe>',
      picture,
    );
    expect(doc.content).toEqual([
      { type: 'image', attrs: expect.objectContaining({ mediaId: 'pic7', alt: 'Рака', caption: 'Подпіс' }) },
      { type: 'image', attrs: expect.objectContaining({ mediaId: 'pic7' }) },
      { type: 'embed', attrs: { provider: 'x', id: '12345' } },
      { type: 'paragraph', content: [{ type: 'text', text: '[contact-form id="3"]' }] },
      { type: 'embed', attrs: { provider: 'youtube', id: 'aqz-KE-bpKQ' } },
    ]);
    expect(issues).toEqual([
      'unknown shortcode [contact-form] kept as text',
      'gallery picture not found in the uploads: attachment 99',
    ]);
  });

  it('never lets scripts, event handlers, javascript: links or unknown iframes through', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<p onmouseover="alert(2)">Тэкст <a href="javascript:alert(3)">спасылка</a> <a href=" JaVaScRiPt:alert(4)">x</a></p>',
      '<img src=x onerror="alert(5)">',
      '<svg onload="alert(6)"><script>alert(7)</script></svg>',
      '<iframe src="javascript:alert(8)"></iframe><iframe src="https://evil.example/"></iframe>',
      '<style>body{background:url(javascript:alert(9))}</style>',
      '<a href="data:text/html,<script>alert(10)</script>">d</a>',
      '<object data="x.swf"></object><embed src="x.swf">',
      '<form action="https://evil.example"><input value="alert(11)"></form>',
      '[embed]javascript:alert(12)[/embed]',
      '<p>"><img src=x onerror=alert(13)></p>',
    ].join('\n');
    const { doc, issues } = convertBody(hostile, picture);
    const stored = JSON.stringify(doc);
    for (const bad of ['<script', 'alert(', 'onerror', 'onload', 'onmouseover', 'javascript:', 'evil.example', 'data:'])
      expect(stored, bad).not.toContain(bad);
    expect(stored).toContain('спасылка');
    expect(issues).toEqual(
      expect.arrayContaining([
        '<script> removed',
        '<svg> removed',
        '<style> removed',
        expect.stringContaining('evil.example'),
        expect.stringContaining('javascript:alert(3)'),
      ]),
    );
  });
});
