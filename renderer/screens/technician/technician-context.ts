import { createContext, useContext } from 'react';
import type { ReplyOf, RequestName, RequestOf, TechnicianState } from '../../api.js';

type TechnicianRequest = Extract<RequestName, `technician.${string}`>;

/** What every panel of technician mode shares: the terminal's state and a way to ask the core. */
export interface TechnicianContext {
  state: TechnicianState;
  setState(state: TechnicianState): void;
  /** A technician request; a refusal because the core locked the session returns to the PIN pad. */
  call<N extends TechnicianRequest>(name: N, payload: RequestOf<N>): Promise<ReplyOf<N>>;
}

export const Technician = createContext<TechnicianContext | null>(null);

export function useTechnician(): TechnicianContext {
  const context = useContext(Technician);
  if (!context) throw new Error('useTechnician outside technician mode');
  return context;
}
