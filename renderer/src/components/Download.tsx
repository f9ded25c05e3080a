// Files the core hands back as { filename, base64 } (PDF letters, the log, CSV exports, scans):
// offered as a Blob download — in Electron the main process then asks where to save it (only the
// app's own blob: URLs may be downloaded). Files the user picks are read here as base64.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../forms/serverErrors';
import { downloadBlob } from './blobDownload';

export interface FilePayload {
  filename: string;
  base64: string;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

export function mimeFor(filename: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

export function fileBlob(file: FilePayload, mime = mimeFor(file.filename)): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** Starts the download of a file at once (after an API call that produced it). */
export function saveFile(file: FilePayload, mime?: string): void {
  downloadBlob(fileBlob(file, mime), file.filename);
}

/** A link that stays on the page for a file already in memory (a certificate, a letter). */
export function DownloadLink({ file, children, className, testId }: { file: FilePayload; children: ReactNode; className?: string; testId?: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(fileBlob(file));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  if (!url) return null;
  return (
    <a className={className ?? 'btn btn--secondary btn--download'} href={url} download={file.filename} data-testid={testId}>
      {children}
    </a>
  );
}

/** A button that asks the core for a file and downloads it; the core's message if it fails. */
export function DownloadButton({
  label,
  busyLabel,
  fetchFile,
  className,
  testId,
  disabled,
}: {
  label: string;
  busyLabel?: string;
  fetchFile: () => Promise<FilePayload>;
  className?: string;
  testId?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await fetchFile());
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="download-button">
      <button type="button" className={className ?? 'btn btn--secondary btn--download'} disabled={busy || disabled} onClick={() => void run()} data-testid={testId}>
        {busy ? (busyLabel ?? t('privacyPanel.preparing')) : label}
      </button>
      {error ? (
        <span role="alert" className="download-button__error" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** A file chosen by the user, as base64 (without the data: prefix). */
export async function readFileAsBase64(file: File): Promise<string> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < buffer.length; i += CHUNK) binary += String.fromCharCode(...buffer.subarray(i, i + CHUNK));
  return btoa(binary);
}
