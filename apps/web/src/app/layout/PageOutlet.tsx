import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';

/** Shown in the main landmark while a page's code arrives, the header staying in place. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="state" role="status">
      {t('app.loadingPage')}
    </p>
  );
}

function PageLoadError() {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('app.pageLoadError')}</p>
      <p>{t('app.pageLoadErrorHint')}</p>
      {/* A failed import() is remembered by the browser, and a new release renames the files: only a reload helps. */}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reloadPage')}
      </button>
    </div>
  );
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  pathname: string;
}

/** Catches a page whose code could not be loaded; going to another address tries again. */
class PageLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.failed ? <PageLoadError /> : this.props.children;
  }
}

/** One loading state and one load error for the lazily loaded components under it. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PageLoadBoundary pathname={pathname}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </PageLoadBoundary>
  );
}

/** The lazily loaded pages' outlet. */
export function PageOutlet() {
  return (
    <PageSuspense>
      <Outlet />
    </PageSuspense>
  );
}
