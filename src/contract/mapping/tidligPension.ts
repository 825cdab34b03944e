// Tidlig pension ⇄ contract (PensionService, the GetTidligPensionVersion1 item): the two blocks of
// SaveTidligPension, dates xs:date on both sides.
import type {
  Kompensationsudbetaling,
  OvergangTilTidligPension,
  TidligPension,
  TidligPensionFields,
} from '../../domain/tidligPension.ts';
import type {
  KompensationsudbetalingType,
  OvergangTilTidligPensionType,
  SaveTidligPensionRequestType,
  TidligPensionType,
} from '../generated/types.ts';

export function fromTidligPensionRequest(r: SaveTidligPensionRequestType): TidligPensionFields {
  const o = r.OvergangTilTidligPension;
  const k = r.Kompensationsudbetaling;
  return {
    overgang: o
      ? {
          overgangsdato: o.TidligPensionOvergangsdato,
          afgoerelsesdato: o.TidligPensionAfgoerelsesdato,
          ophoersdato: o.TidligPensionOphoersdato ?? null,
        }
      : null,
    kompensation: k
      ? {
          afgoerelsesdato: k.Kompensationsafgoerelsesdato,
          udbetalingsdato: k.Kompensationsudbetalingsdato ?? null,
          beloeb: k.Kompensationsbeloeb ?? null,
        }
      : null,
  };
}

export const toOvergang = (o: OvergangTilTidligPension): OvergangTilTidligPensionType => ({
  TidligPensionOvergangsdato: o.overgangsdato,
  TidligPensionAfgoerelsesdato: o.afgoerelsesdato,
  TidligPensionOphoersdato: o.ophoersdato ?? undefined,
});

export const toKompensationsudbetaling = (k: Kompensationsudbetaling): KompensationsudbetalingType => ({
  Kompensationsafgoerelsesdato: k.afgoerelsesdato,
  Kompensationsudbetalingsdato: k.udbetalingsdato ?? undefined,
  Kompensationsbeloeb: k.beloeb ?? undefined,
});

export const toTidligPensionItem = (p: TidligPension): TidligPensionType => ({
  TidligPensionIdentifier: p.id,
  OvergangTilTidligPension: p.overgang ? toOvergang(p.overgang) : undefined,
  Kompensationsudbetaling: p.kompensation ? toKompensationsudbetaling(p.kompensation) : undefined,
});
