// Without zod: the sign-in page's bundle imports this file.

/** 403 code for everything but change-password, sign-out and "who am I" while a one-time password is held. */
export const PASSWORD_CHANGE_REQUIRED = 'auth.password_change_required';
