// Around the whole app: a screen that throws while rendering is replaced by a calm page with the
// reference number (and a way back), instead of a blank window.
import { Component, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { reportError } from './reportError';

interface State {
  failed: boolean;
  reference: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false, reference: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The fallback below shows the reference itself; no second notice.
    void reportError('render', error, false).then((r) => this.setState({ reference: r.reference }));
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const reference = this.state.reference;
    return (
      <main className="calm-error-page" data-testid="calm-error-page">
        <h1>
          <Trans i18nKey="support.screenBroken" />
        </h1>
        <p role="alert">{reference ? <Trans i18nKey="support.calm" values={{ reference }} /> : <Trans i18nKey="support.calmNoReference" />}</p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          <Trans i18nKey="support.reload" />
        </button>
      </main>
    );
  }
}
