// The start page's answer. The web reads these types as they are (docs/architecture.md, "Types the
// web shares"), so this file imports nothing.

export interface Money {
  currency: string;
  amount: number;
}

/** `GET /dashboard`: each part present only when the user may read its module. */
export interface Dashboard {
  timeZone: string;
  customers?: { total: number; newThisMonth: number; newLastMonth: number };
  deals?: { open: number; openAmount: Money[]; wonThisMonth: number; wonAmount: Money[] };
  /** Revenue per calendar month (UTC), oldest first, one series per currency. */
  revenue?: {
    months: string[];
    series: { currency: string; amounts: number[]; orders: number[] }[];
    /** This calendar month (UTC); channel '' = none given. */
    byChannel: { channel: string; currency: string; orders: number; amount: number }[];
  };
}
