import { describe, expect, it } from 'vitest';
import { SimCatalog } from './sim-catalog.js';

describe("a simulated terminal's catalog", () => {
  it('takes a newer version it is offered, goes back to the one before on rollback, and never takes a rolled-back one again', () => {
    const catalog = new SimCatalog();
    expect(catalog.rollBack()).toBeUndefined();
    catalog.offered(1);
    catalog.offered(2);
    expect(catalog.report()).toEqual({ installedVersion: 2 });
    expect(catalog.rollBack()).toEqual({ from: 2, to: 1 });
    catalog.offered(2);
    catalog.offered(1);
    expect(catalog.report()).toEqual({ installedVersion: 1 });
    expect(catalog.rollBack()).toBeUndefined();
    catalog.offered(3);
    expect(catalog.report()).toEqual({ installedVersion: 3 });
  });
});
