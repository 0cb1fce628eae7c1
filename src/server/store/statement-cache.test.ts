import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachePreparedStatements } from './open';

describe('cachePreparedStatements', () => {
  it('prepares each statement once and keeps the most recently used ones', () => {
    const db = cachePreparedStatements(new Database(':memory:'), 2);
    db.exec('create table t (id integer primary key, v text)');
    const a = db.prepare('select v from t where id = ?');
    expect(db.prepare('select v from t where id = ?')).toBe(a);
    db.prepare('insert into t (v) values (?)').run('x');
    db.prepare('select v from t where id = ?');
    db.prepare('select count(*) as n from t');
    // The insert was least recently used, so it was dropped; the select stayed.
    expect(db.prepare('select v from t where id = ?')).toBe(a);
    expect((db.prepare('select v from t where id = ?').get(1) as { v: string }).v).toBe('x');
    db.close();
  });

  it('still runs statements whose table changed after they were prepared', () => {
    const db = cachePreparedStatements(new Database(':memory:'));
    db.exec('create table t (id integer primary key)');
    db.prepare('insert into t (id) values (?)').run(1);
    expect(db.prepare('select * from t').all()).toEqual([{ id: 1 }]);
    db.exec('alter table t add column v text');
    expect(db.prepare('select * from t').all()).toEqual([{ id: 1, v: null }]);
    db.close();
  });
});
