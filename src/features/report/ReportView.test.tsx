import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { ReportView } from './ReportView';

// The counts as the vault would give them; this test is about the screen, not the storage.
vi.mock('./countStore', () => ({
  writePending: () => Promise.resolve(),
  loadReport: () => Promise.resolve({ status: 'ok', report: [{ month: '2026-11', measure: 'crisis-run', key: 'panic', count: 2 }] }),
  clearReport: () => Promise.resolve(),
}));

describe('deleting the counts', () => {
  it('moves focus into the question when it opens, on the answer that keeps them', async () => {
    await renderWithProviders(
      <>
        <h1>Report</h1>
        <ReportView />
      </>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete the counts' }));
    const question = screen.getByRole('alertdialog', { name: 'Delete every count on this phone? This cannot be undone.' });
    expect(question).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole('button', { name: 'Keep them' })).toHaveFocus();
  });
});
