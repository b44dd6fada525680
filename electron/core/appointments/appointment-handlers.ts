import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { Booking, Ticket } from '../../../platform/protocol/appointments.js';
import { bookingQrPrefix } from '../../api/scan-meaning.js';
import type { BookingView, TicketView } from '../../api/appointments.js';
import type { Handlers } from '../dispatch.js';
import type { PrintResult } from '../print/print-queue.js';
import type { Session } from '../session/session.js';
import type { PlatformClient } from '../uplink/platform-client.js';
import { askPlatform } from './appointment-errors.js';
import { bookingSlip } from './booking-slip.js';
import { queueTicket } from './queue-ticket.js';

export interface AppointmentServices {
  session: Session;
  platform: PlatformClient;
  printReceipt(caseId: null, receipt: ReceiptInput): Promise<PrintResult>;
}

function bookingView(booking: Booking): BookingView {
  const { id, code, hallName, itemName, groupName, startsAt, status } = booking;
  return { id, code, qr: `${bookingQrPrefix}${code}`, hallName, itemName, groupName, startsAt, status };
}

/** Paper that failed to print is said on the screen, which shows the same; it never undoes the booking or number. */
function print(services: AppointmentServices, receipt: ReceiptInput): Promise<PrintResult> {
  return services.printReceipt(null, receipt).catch((): PrintResult => ({ printed: false, problem: 'unavailable' }));
}

/** The number is the citizen's whatever the paper does: the screen shows it, and says if it did not print. */
async function printed(services: AppointmentServices, ticket: Ticket): Promise<TicketView> {
  const receipt = await print(services, queueTicket(ticket, new Date()));
  const { number, groupName, windows, peopleAhead, bookedFor, elder } = ticket;
  return { number, groupName, windows, peopleAhead, bookedFor, elder, receipt };
}

/** The ID number of the identified citizen, when there is one (a walk-in may take a number without). */
function identifiedIdNumber(session: Session): string | undefined {
  return session.isOpen() ? session.current().idNumber : undefined;
}

/** 预约 and 取号: each a platform call for the citizen on the screen; the ticket printed here. */
export function appointmentHandlers(
  services: AppointmentServices,
): Pick<Handlers, 'hall.services' | 'appointments.slots' | 'appointments.book' | 'appointments.mine' | 'appointments.cancel' | 'queue.checkIn' | 'queue.take'> {
  const { platform, session } = services;
  return {
    'hall.services': () => askPlatform(() => platform.hallServices()),
    'appointments.slots': ({ itemCode }) => askPlatform(() => platform.slots(itemCode)),
    'appointments.book': async ({ itemCode, startsAt }) => {
      const { idNumber } = session.current();
      const booked = bookingView(await askPlatform(() => platform.book({ idNumber, itemCode, startsAt })));
      return { ...booked, receipt: await print(services, bookingSlip(booked, new Date())) };
    },
    // Listing, cancelling and checking in by card: a typed ID number is no secret, and would
    // open another person's bookings.
    'appointments.mine': async () => {
      const { idNumber } = session.verified();
      return (await askPlatform(() => platform.bookings(idNumber))).map(bookingView);
    },
    'appointments.cancel': async ({ id }) => {
      const { idNumber } = session.verified();
      return bookingView(await askPlatform(() => platform.cancelBooking(id, idNumber)));
    },
    'queue.checkIn': async ({ code }) => {
      const who = code === undefined ? { idNumber: session.verified().idNumber } : { code };
      return printed(services, await askPlatform(() => platform.checkIn(who)));
    },
    'queue.take': async ({ groupCode }) => {
      const idNumber = identifiedIdNumber(session);
      return printed(services, await askPlatform(() => platform.takeTicket(idNumber === undefined ? { groupCode } : { groupCode, idNumber })));
    },
  };
}
