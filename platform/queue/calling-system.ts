import type { Ticket } from '../protocol/appointments.js';
import type { Hall } from '../appointments/hall-store.js';

export interface TicketRequest {
  hall: Hall;
  groupCode: string;
  /** Higher is called first; equal priorities in the order taken (queue-rules.ts). */
  priority: number;
  elder: boolean;
  /** The booking checked in, or null for a walk-in. */
  booking: { id: string; startsAt: string } | null;
}

/**
 * The hall's calling system (叫号系统): it gives numbers and calls them at the windows. The demo and
 * tests run the simulated one (simulated-calling.ts); a hall's real system is another
 * implementation of this interface, and nothing else in the platform changes.
 */
export interface CallingSystem {
  /** A new number in the group's queue, with how many are called before it. */
  issue(request: TicketRequest): Promise<Ticket>;
  /** The ticket as it stands now (people ahead, the window that called it); undefined if not this hall's. */
  ticket(hall: Hall, id: string): Promise<Ticket | undefined>;
  /** Tickets still waiting in each group of the hall today, by group code. */
  waiting(hall: Hall): Promise<Map<string, number>>;
  /** The window calls the next number of the group; null when nobody waits. */
  callNext(hall: Hall, groupCode: string, window: string): Promise<string | null>;
}
