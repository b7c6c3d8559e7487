import { Alert, Button } from 'antd';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/index.ts';

type State = { error: Error | null };

/** A page that throws while rendering (or whose code failed to load) shows this, not a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    // An alert rather than antd's Result, whose pictures would weigh on every page's first load.
    return (
      <Alert
        type="error"
        showIcon
        title={i18n.t('errors.pageCrashed')}
        description={this.state.error.message}
        action={
          <Button type="primary" onClick={() => window.location.reload()}>
            {i18n.t('errors.reloadPage')}
          </Button>
        }
      />
    );
  }
}
