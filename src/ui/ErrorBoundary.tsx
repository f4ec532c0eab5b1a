import { Component, type ReactNode } from 'react';
import type { Messages } from '../i18n/en';

type Part = keyof Messages['errors']['parts'];
interface Props { children: ReactNode; what: Part; m: Messages }

/**
 * Catches a render error in one part of the page; the rest, and the prerendered map, stay.
 * Readers get plain words and a retry; the error itself is logged once, by the root's
 * onCaughtError (bootstrap.tsx).
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const { m, what } = this.props;
    return (
      <div className="load-error" role="alert">
        <p>
          <strong>{m.errors.partFailed(m.errors.parts[what])}</strong>
        </p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          {m.errors.tryAgain}
        </button>
      </div>
    );
  }
}
