// The tests' own Java programs (test/contract/XercesBatch.java, test/interop/jaxws_import.java), compiled once and
// kept: run in source-file mode (`java File.java`) a JVM compiles the file in memory first, which cost about 2 s of
// CPU per run, more than the program's own work. The classes are kept in the temp dir under the hash of everything
// they are made from (the source text, the class path and the JDK's release file), so an edit or another JDK
// compiles afresh; what the programs check (Xerces, wsimport) runs every time.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const CACHE_DIR = path.join(os.tmpdir(), `dfdg-java-${process.getuid?.() ?? 'user'}`);

/** The release file of the JDK whose `java` is on the PATH ('' when there is none: then the run fails anyway). */
function jdkRelease(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const java = path.join(dir, 'java');
    if (!fs.existsSync(java)) continue;
    const release = path.join(path.dirname(fs.realpathSync(java)), '..', 'release');
    return fs.existsSync(release) ? fs.readFileSync(release, 'utf8') : fs.realpathSync(java);
  }
  return '';
}

/**
 * `java` arguments that run the program of `source` (its first class) with `classpath`, compiling it with javac
 * into the cache when its classes are not there yet.
 */
export async function javaProgram(source: string, classpath: string[] = []): Promise<string[]> {
  const text = fs.readFileSync(source, 'utf8');
  const main = /^(?:public\s+)?(?:final\s+)?class\s+(\w+)/m.exec(text)?.[1];
  if (!main) throw new Error(`${source}: no class found`);
  const key = crypto.createHash('sha256').update(`${text}\0${classpath.join(path.delimiter)}\0${jdkRelease()}`);
  const classes = path.join(CACHE_DIR, key.digest('hex'));
  if (!fs.existsSync(path.join(classes, `${main}.class`))) {
    // Compiled beside and renamed into place whole: test files in parallel may compile the same program.
    const partial = `${classes}.${process.pid}`;
    const cp = classpath.length > 0 ? ['-cp', classpath.join(path.delimiter)] : [];
    await promisify(execFile)('javac', ['-nowarn', ...cp, '-d', partial, source]);
    try {
      fs.renameSync(partial, classes);
    } catch (err) {
      fs.rmSync(partial, { recursive: true, force: true });
      if (!fs.existsSync(path.join(classes, `${main}.class`))) throw err;
    }
  }
  return ['-cp', [classes, ...classpath].join(path.delimiter), main];
}
