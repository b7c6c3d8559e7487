import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Me } from '../../contract/auth.ts';
import { ApiError, api, setCsrfToken, setPasswordChangeHandler, setUnauthorizedHandler } from './api.ts';

type Auth = {
  /** null when nobody is signed in; undefined while the first check runs. */
  me: Me | null | undefined;
  /** Stores a fresh Me (after sign-in, unit switch, password change). */
  accept: (me: Me) => void;
  signOut: () => Promise<void>;
  /** True when a request met 401 while signed in: the page stays, a sign-in dialog opens. */
  sessionExpired: boolean;
  /** The person signed out here (then the sign-in page does not offer to return to the last page). */
  signedOut: boolean;
  /** The first check failed for another reason than 401 (server unreachable). */
  loadError: Error | null;
  retry: () => void;
};

const AuthContext = createContext<Auth | null>(null);
export const meKey = ['auth', 'me'] as const;
/** Everything but Me: removing Me itself would detach the observer that shows who is signed in. */
const notMe = {
  predicate: (q: { queryKey: readonly unknown[] }) =>
    !(q.queryKey[0] === meKey[0] && q.queryKey[1] === meKey[1]),
};

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const {
    data: me,
    error: loadError,
    refetch,
  } = useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
  const retry = useCallback(() => void refetch(), [refetch]);
  const [sessionExpired, setSessionExpired] = useState(false);
  const [signedOut, setSignedOut] = useState(false);

  const accept = useCallback(
    (next: Me) => {
      const previous = queryClient.getQueryData<Me | null>(meKey);
      setCsrfToken(next.csrfToken);
      setSessionExpired(false);
      setSignedOut(false);
      if (previous && previous.person.id !== next.person.id) queryClient.removeQueries(notMe);
      queryClient.setQueryData(meKey, next);
      // What failed while the session was gone (or belongs to the old unit) is asked again.
      void queryClient.invalidateQueries(notMe);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setSignedOut(true);
      setCsrfToken(null);
      queryClient.removeQueries(notMe);
      queryClient.setQueryData(meKey, null);
    }
  }, [queryClient]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (queryClient.getQueryData(meKey)) setSessionExpired(true);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  // An administrator reset the password while this page was open: RequireAuth then opens the form.
  useEffect(() => {
    setPasswordChangeHandler(() =>
      queryClient.setQueryData<Me | null>(meKey, (current) =>
        current && !current.person.mustChangePassword
          ? { ...current, person: { ...current.person, mustChangePassword: true } }
          : current,
      ),
    );
    return () => setPasswordChangeHandler(null);
  }, [queryClient]);

  const value = useMemo(
    () => ({ me, accept, signOut, sessionExpired, signedOut, loadError, retry }),
    [me, accept, signOut, sessionExpired, signedOut, loadError, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in person; only for pages under the signed-in layout. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a signed-in person');
  return me;
}

/** Agency-wide administrator: may restructure units, manage positions, import people and edit the calendar. */
export const isAgencyAdmin = (me: Me) => me.abilities.administerAgency;
