/** A signed-in API session for setting up and checking browser tests from outside. */
export async function apiSession(url: string, username: string, password: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await login.json()) as { csrfToken: string; person: { unitId: string } };
  const get = async <T = any>(path: string): Promise<T> => {
    const response = await fetch(`${url}/api/v1${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  /** A JSON write with the session's CSRF token; the answer's status and body, whatever they are. */
  const post = async <T = any>(path: string, body: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as T };
  };
  return { me, get, post };
}
