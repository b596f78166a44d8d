/** Who did something: written on every event and audit row. */
export interface Actor {
  type: 'user' | 'api_key' | 'system' | 'customer';
  id: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };
