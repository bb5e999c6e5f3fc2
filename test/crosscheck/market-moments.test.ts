// Market figures are moments (issue 17, real multi-outlet news): a share price, an index move, an
// exchange rate, a commodity quote, a bond yield or a trading volume changes by the minute, and two
// outlets that quote it at different moments of a session (or on different days) do not disagree.
// Such figures are at most a weak signal (low). A company's results, a deal's price or an economic
// statistic is one fact, and a difference there stays loud. Written before the rule, in wordings and
// events of their own, with negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => (f.type === "contradiction" || f.type === "arithmetic") && (f.severity === "medium" || f.severity === "high"));

describe("market moments are not disputes", () => {
  it("an index at midday against its close", () => {
    expect(loud([
      "In midday trading in Tokyo, the Nikkei 225 index lost 1.4 percent to 31,200.50, dragged down by exporters.",
      "The Nikkei 225 index closed up 0.3 percent at 31,650.25, dragged down early by exporters.",
    ])).toHaveLength(0);
  });
  it("a share move quoted twice in the same words", () => {
    expect(loud([
      "Shares of Vantara Mining were up 6.2 percent at 48.10 rand in Johannesburg on Thursday, after the miner raised its output forecast.",
      "Shares of Vantara Mining were up 4.9 percent at 47.55 rand in Johannesburg on Thursday, after the miner raised its output forecast.",
    ])).toHaveLength(0);
  });
  it("an exchange rate at two moments of a session", () => {
    expect(loud([
      "The pound was at $1.2710 in London trading, flat on the session, and at 1.1620 euros, up 0.2 percent.",
      "The pound was at $1.2655 in London trading, virtually flat on the session, and at 1.1598 euros, down 0.1 percent.",
    ])).toHaveLength(0);
  });
  it("a commodity quote and a bond yield", () => {
    expect(loud([
      "Copper traded at $8,420 a tonne on the London Metal Exchange, having climbed as high as $8,455 earlier, the highest since March.",
      "Copper traded at $8,375 a tonne on the London Metal Exchange, having climbed as high as $8,390 earlier, the highest since March.",
    ])).toHaveLength(0);
    expect(loud([
      "The yield on Germany's 10-year Bund rose 4 basis points to 2.41 percent, its highest in a month.",
      "The yield on Germany's 10-year Bund rose 9 basis points to 2.46 percent, its highest in a month.",
    ])).toHaveLength(0);
  });
  it("a trading volume so far against the day's", () => {
    expect(loud([
      "Some 2.1 billion shares changed hands on the Toronto exchange, 12 percent above the 30-day average.",
      "Some 640 million shares changed hands on the Toronto exchange, 12 percent above the 30-day average.",
    ])).toHaveLength(0);
  });
});

describe("one fact stays loud beside them", () => {
  it("a quarter's revenue told with two figures", () => {
    expect(loud([
      "Nordvik Shipping said its third-quarter revenue fell 12 percent to 4.1 billion crowns as freight rates slumped.",
      "Nordvik Shipping said its third-quarter revenue fell 21 percent to 4.1 billion crowns as freight rates slumped.",
    ])).not.toHaveLength(0);
  });
  it("a takeover price told with two figures", () => {
    expect(loud([
      "Halvorsen Foods agreed to buy the Brodtmann bakery chain for $640 million in cash, the companies said on Monday.",
      "Halvorsen Foods agreed to buy the Brodtmann bakery chain for $460 million in cash, the companies said on Monday.",
    ])).not.toHaveLength(0);
  });
  it("a month's jobless rate told with two figures", () => {
    expect(loud([
      "Portugal's unemployment rate fell to 6.1 percent in March, the national statistics institute said.",
      "Portugal's unemployment rate fell to 6.8 percent in March, the national statistics institute said.",
    ])).not.toHaveLength(0);
  });
});

describe("a price's move told as size, share and level", () => {
  it("'fell 84 cents, or 3.1 percent, to $26.30' against another such move is a moment", () => {
    expect(loud([
      "Northwind Foods, the biggest grocer in the province, fell 84 cents, or 3.1 percent, to $26.30.",
      "Northwind Foods, the biggest grocer in the province, fell 52 cents, or 1.9 percent, to $26.62.",
    ])).toHaveLength(0);
  });
  it("a count told the same way, with no price, stays loud", () => {
    expect(loud([
      "Employment at the Gdańsk shipyard fell 300, or 2 percent, to 14,700 last year, the company said.",
      "Employment at the Gdańsk shipyard fell 900, or 6 percent, to 14,100 last year, the company said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a company's results told the same way stay loud", () => {
    expect(loud([
      "Northwind Foods said quarterly revenue fell $84 million, or 3.1 percent, to $2.6 billion, the company said on Tuesday.",
      "Northwind Foods said quarterly revenue fell $152 million, or 5.5 percent, to $2.6 billion, the company said on Tuesday.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("an index that measures no market", () => {
  it("the consumer price index told two ways stays loud", () => {
    expect(loud([
      "The consumer price index in Ghana rose 21.5 percent in October from a year earlier, the statistics service said.",
      "The consumer price index in Ghana rose 12.5 percent in October from a year earlier, the statistics service said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a business confidence index stays loud", () => {
    expect(loud([
      "The business confidence index fell 4.2 points in November, the chamber of commerce in Lyon said on Monday.",
      "The business confidence index fell 9.8 points in November, the chamber of commerce in Lyon said on Monday.",
    ]).length).toBeGreaterThan(0);
  });
  it("a stock index at two moments of a session is still a moment", () => {
    expect(loud([
      "The main index in Warsaw fell 1.2 percent in afternoon trading, dragged down by banks.",
      "The main index in Warsaw fell 0.6 percent in afternoon trading, dragged down by banks.",
    ])).toHaveLength(0);
  });
});
