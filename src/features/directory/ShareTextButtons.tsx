import type { ReactNode } from 'react';
import { useShareText } from './useShareText';

type ShareTextButtonsProps = {
  title: string;
  text: string;
  sendLabel: string;
  copyLabel: string;
  /** More buttons for the same text (the safety plan's QR code), in the same row. */
  children?: ReactNode;
};

/**
 * Send (only where the phone has a share sheet) and Copy for one plain text, and the status line
 * that says what happened. The safety plan and the printed cards share it, each with its own words.
 */
export function ShareTextButtons({ title, text, sendLabel, copyLabel, children }: ShareTextButtonsProps) {
  const { status, copy, share } = useShareText();
  const canShare = typeof navigator.share === 'function';
  return (
    <>
      <div className="button-row">
        {canShare && (
          <button type="button" className="button button-secondary" onClick={() => void share(title, text)}>
            {sendLabel}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void copy(text)}>
          {copyLabel}
        </button>
        {children}
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </>
  );
}
