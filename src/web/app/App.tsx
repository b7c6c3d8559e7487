import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from './auth.tsx';
import { queryClient } from './query.ts';
import { AppRoutes } from './routes.tsx';

/** No antd here: the sign-in page loads without it; the signed-in layout brings it (AntdRoot). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
