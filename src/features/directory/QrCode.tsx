import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// A QR code read by a phone camera at arm's length stays readable up to about this much text;
// beyond it the modules get too small on a 360 px screen, so the person is asked to pick less.
export const qrMaxBytes = 1_200;

type Matrix = readonly (readonly boolean[])[];

/** One SVG path for every dark module: drawn by React, so no text ever goes through innerHTML. */
function pathOf(modules: Matrix): string {
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (isDark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

/**
 * The text as a QR code, drawn on the phone: the encoder (uqr) loads only when this view opens,
 * from the app's own files, so it works offline and never weighs on the first load.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('directory');
  const [drawn, setDrawn] = useState<{ text: string; modules: Matrix } | 'failed'>();
  const isTooLong = new TextEncoder().encode(text).length > qrMaxBytes;
  useEffect(() => {
    if (isTooLong) return undefined;
    let isCurrent = true;
    import('uqr')
      .then(({ encode }) => {
        if (isCurrent) setDrawn({ text, modules: encode(text, { ecc: 'L', border: 2 }).data });
      })
      .catch(() => {
        // The encoder could not load (an update half-done) or the text does not fit: say so.
        if (isCurrent) setDrawn('failed');
      });
    return () => {
      isCurrent = false;
    };
  }, [text, isTooLong]);
  if (isTooLong) return <p className="notice">{t('handOver.qrTooLong')}</p>;
  if (drawn === 'failed') return <p className="notice">{t('handOver.qrFailed')}</p>;
  if (drawn === undefined || drawn.text !== text) return <p className="loading">{t('loading')}</p>;
  const size = drawn.modules.length;
  return (
    <figure className="directory-qr">
      <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={pathOf(drawn.modules)} fill="#000" />
      </svg>
      <figcaption className="hint">{t('handOver.qrHint')}</figcaption>
    </figure>
  );
}
