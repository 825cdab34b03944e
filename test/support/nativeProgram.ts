// The interop tests' native programs (test/interop/gsoap.test.ts: gSOAP's generated client compiled with g++),
// built once per change of what they are built from and kept: compiling the generated soapC.cpp cost about 10 s
// of CPU per run, more than the test's own work. A program is kept in the temp dir under the hash of everything
// the build reads — every source and header in the build directory (the code wsdl2h and soapcpp2 generated from
// the served WSDLs this run), the sources named on the command line, the command line, the compiler's version
// and the libraries it links — so a change in the WSDLs, the generator, the client or the toolchain builds
// afresh. What the test checks (the generation from the served WSDLs, the calls against the facade) runs every
// time; like test/support/javaProgram.ts for the Java programs.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const CACHE_DIR = path.join(os.tmpdir(), `dfdg-native-${process.getuid?.() ?? 'user'}`);
const BUILD_INPUT = /\.(c|cc|cpp|h|hh|hpp|nsmap)$/;

export interface Built {
  code: number;
  stdout: string;
  stderr: string;
}

/** The file a `-lname` links (its target when a symlink), or '' when the compiler does not know it. */
async function library(compiler: string, name: string): Promise<string> {
  for (const file of [`lib${name}.so`, `lib${name}.a`]) {
    const { stdout } = await promisify(execFile)(compiler, [`-print-file-name=${file}`]);
    const found = stdout.trim();
    if (path.isAbsolute(found) && fs.existsSync(found)) return fs.realpathSync(found);
  }
  return '';
}

/**
 * Runs `compiler args` in `cwd` to build `output` (named by `-o output` in `args`), or copies the program a
 * build of the same inputs made before. Resolves to what the compiler said (empty when copied). `unkeyed`: text
 * the sources may contain that is left out of the key — the facade's base URL, whose port changes every run
 * and which generated code keeps as its default endpoint (a client given its endpoints does not use it), and a
 * generator's time stamp.
 */
export async function nativeProgram(
  compiler: string,
  args: string[],
  cwd: string,
  output: string,
  unkeyed: (string | RegExp)[] = [],
): Promise<Built> {
  const keyed = (file: string) =>
    unkeyed.reduce<string>(
      (text, u) => (typeof u === 'string' ? text.split(u).join('<unkeyed>') : text.replace(u, '<unkeyed>')),
      fs.readFileSync(file, 'latin1'),
    );
  const hash = crypto.createHash('sha256');
  const { stdout: version } = await promisify(execFile)(compiler, ['--version']);
  hash.update(`${compiler}\0${version}\0${args.map((a) => (a === output ? '<output>' : a)).join('\0')}\0`);
  for (const name of fs
    .readdirSync(cwd)
    .filter((f) => BUILD_INPUT.test(f))
    .sort())
    hash
      .update(`${name}\0`)
      .update(keyed(path.join(cwd, name)))
      .update('\0');
  for (const arg of args.filter((a) => a !== output && BUILD_INPUT.test(a) && path.isAbsolute(a)))
    hash.update(`${arg}\0`).update(keyed(arg)).update('\0');
  for (const arg of args.filter((a) => a.startsWith('-l'))) {
    const lib = await library(compiler, arg.slice(2));
    hash
      .update(`${arg}\0${lib}\0`)
      .update(lib ? fs.readFileSync(lib) : '')
      .update('\0');
  }
  const kept = path.join(CACHE_DIR, hash.digest('hex'));
  if (!fs.existsSync(kept)) {
    const built = await new Promise<Built>((resolve) =>
      execFile(compiler, args, { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
      ),
    );
    if (built.code !== 0) return built;
    // Copied beside and renamed into place whole: runs in parallel may build the same program.
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${kept}.${process.pid}`;
    fs.copyFileSync(path.resolve(cwd, output), partial);
    fs.renameSync(partial, kept);
    return built;
  }
  fs.copyFileSync(kept, path.resolve(cwd, output));
  fs.chmodSync(path.resolve(cwd, output), 0o755);
  return { code: 0, stdout: '', stderr: '' };
}
