import type { ReactNode } from 'react';

/** A server error at the top of a form (announced at once by screen readers). */
export function FormAlert({ message, testId }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="alert alert--error" data-testid={testId ?? 'form-error'}>
      {message}
    </div>
  );
}

/** A success or info message; the live region stays in the page so updates are announced. */
export function StatusMessage({ children, tone = 'success', testId }: { children: ReactNode; tone?: 'success' | 'info'; testId?: string }) {
  return (
    <div role="status" className={children ? `alert alert--${tone}` : 'status-empty'} data-testid={testId ?? 'status-message'}>
      {children}
    </div>
  );
}
