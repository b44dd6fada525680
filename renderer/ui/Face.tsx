/**
 * A face for a 好差评 level, drawn (the kiosk has no emoji font): the mouth curves from a wide
 * smile (mood 2) to a frown (mood -2), so a citizen who cannot read still sees which is which.
 */
export function Face({ mood }: { mood: number }) {
  const curve = 62 + mood * 9;
  return (
    <svg className="face" viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="46" fill="currentColor" opacity="0.15" />
      <circle cx="50" cy="50" r="46" fill="none" stroke="currentColor" strokeWidth="6" />
      <circle cx="35" cy="40" r="6" fill="currentColor" />
      <circle cx="65" cy="40" r="6" fill="currentColor" />
      <path d={`M 30 ${66 - mood * 2} Q 50 ${curve + mood * 4} 70 ${66 - mood * 2}`} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}
