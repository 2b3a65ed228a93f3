import { generateArchive } from '../bench/generate-archive';

/** `pwc generate <folder> [--scale s]`: a synthetic archive for benchmarks. */
export async function generateCommand(args: string[], log: (line: string) => void): Promise<number> {
  const folder = args.find((arg) => !arg.startsWith('--'));
  const scaleIndex = args.indexOf('--scale');
  const scale = scaleIndex === -1 ? 1 : Number(args[scaleIndex + 1]);
  if (folder === undefined || !Number.isFinite(scale) || scale <= 0) {
    log('Usage: pwc generate <folder> [--scale s]');
    return 2;
  }
  await generateArchive({ folder, scale, log });
  return 0;
}
