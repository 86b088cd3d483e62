import { describe, expect, it } from 'vitest';
import { isPostgresUrl, redact } from '../../src/store/location.js';

describe('store locations', () => {
  it('tells PostgreSQL URLs from file paths', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('PostgreSQL://u@h/db')).toBe(true);
    expect(isPostgresUrl('./postgres.db')).toBe(false);
  });

  it('hides the password and keeps the rest', () => {
    expect(redact('postgres://dateline:s3cret@db.example:5432/news')).toBe('postgres://dateline:…@db.example:5432/news');
    expect(redact('postgres://dateline@db.example/news')).toBe('postgres://dateline@db.example/news');
    expect(redact('./dateline.db')).toBe('./dateline.db');
  });
});
