export const helper = (x: unknown) => ({ ok: true, x });
