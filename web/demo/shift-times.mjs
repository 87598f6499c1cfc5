/* Sample shoppers' times, moved to today.
 *
 * shoppers.json writes its times relative to `reference_now`; moving every
 * timestamp forward by the whole days since then keeps "shipped 8 days ago"
 * true on any day. Shared by the demo store (shoppers.js) and the content
 * editors' live preview, so both show a shopper the same way.
 */
const DAY_MS = 86400000;

function utcDay(ms) { return Math.floor(ms / DAY_MS); }

// Moves every ISO date or date-time string in `value` by `days` whole days.
export function shiftTimes(value, days) {
  if (Array.isArray(value)) return value.map((item) => shiftTimes(item, days));
  if (value && typeof value === 'object') {
    const out = {};
    Object.keys(value).forEach((key) => { out[key] = shiftTimes(value[key], days); });
    return out;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) {
    const ms = Date.parse(value.length === 10 ? value + 'T00:00:00Z' : value);
    if (isNaN(ms)) return value;
    const moved = new Date(ms + days * DAY_MS).toISOString();
    return value.length === 10 ? moved.slice(0, 10) : moved.replace('.000Z', 'Z');
  }
  return value;
}

// The shopper's context as of today (null stays null: a guest).
export function shopperContextToday(shopper, referenceNow, nowMs = Date.now()) {
  if (!shopper || !shopper.context) return null;
  return shiftTimes(shopper.context, utcDay(nowMs) - utcDay(Date.parse(referenceNow)));
}
