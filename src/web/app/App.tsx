import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from './auth.tsx';
import { PageSpinner } from './components/PageSpinner.tsx';
import { queryClient } from './query.ts';
import { AppRoutes } from './routes.tsx';

/** No antd here: the sign-in page loads without it; the signed-in layout brings it (AntdRoot). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          {/* The sign-in page and the signed-in layout are loaded when first shown. */}
          <Suspense fallback={<PageSpinner />}>
            <AppRoutes />
          </Suspense>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
