// The envelope a wrk script posts, read from its text as Lua would build it: bench/envelope.lua's two strings
// around the script's `wrk.body = envelope([[…]])`, with Lua's rule that a newline right after `[[` is not part of
// the string. Used for the curl check before a run (bench/harness.ts) and by the in-process benchmarks.
import fs from 'node:fs';
import path from 'node:path';

const LONG_STRING = /\[\[\n?([\s\S]*?)\]\]/g;

function longStrings(text: string): string[] {
  return [...text.matchAll(LONG_STRING)].map((m) => m[1]!);
}

/** The envelope of bench/<script>.lua, its per-request placeholders ({CPR}, {ID}, …) left in. */
export function luaEnvelope(script: string): string {
  const lua = fs.readFileSync(script, 'utf8');
  const call = /wrk\.body = envelope\((\[\[[\s\S]*?\]\])\)/.exec(lua)?.[1];
  if (!call) throw new Error(`${script}: no wrk.body = envelope([[…]])`);
  const [head, tail] = longStrings(fs.readFileSync(path.join(path.dirname(script), 'envelope.lua'), 'utf8'));
  if (head === undefined || tail === undefined) throw new Error('bench/envelope.lua: not two long strings');
  return head + longStrings(call)[0]! + tail;
}
