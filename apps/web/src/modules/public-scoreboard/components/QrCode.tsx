import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toString as qrCodeString } from 'qrcode';

/** The QR code of `url`, drawn as an SVG in the browser, with a download of the same SVG (it prints at any size). */
export function QrCode({ url, fileName }: { url: string; fileName: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    qrCodeString(url, {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    })
      .then((drawn) => live && setSvg(drawn))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [url]);

  if (!svg) return null;
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return (
    <figure className="public-qr">
      <img
        className="public-qr__image"
        src={src}
        alt={t('publicScoreboard.admin.qr', { url })}
        width={168}
        height={168}
      />
      <figcaption>
        <a className="button button--small" href={src} download={fileName}>
          {t('publicScoreboard.admin.qrDownload')}
        </a>
      </figcaption>
    </figure>
  );
}
