/** Kept in step with the server's password rule so the form catches it before a round trip. */
export const MIN_PASSWORD_LENGTH = 8;
