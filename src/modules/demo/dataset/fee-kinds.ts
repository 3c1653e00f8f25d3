import type { FeeKind } from '../../../db/schema';

/**
 * Services whose fee is not one amount for everyone (the fee note says why). Every other demo
 * service's fee is 'fixed'. 'from': fee_cents is the lowest amount; 'varies': it depends on the case.
 */
export const FEE_KINDS: Record<string, FeeKind> = {
  'dokumentu-kopiju-apliecinasana': 'from',
  'laulibas-registracija': 'from',
  'barintiesas-apliecinajumi': 'from',
  'telpu-noma': 'from',
  'sporta-zales-noma': 'from',
  'kapavietas-pieskirsana': 'varies',
  'varda-uzvarda-maina': 'varies',
  buvatlauja: 'varies',
  'bojajumu-pieteiksana': 'varies',
  'udensapgades-pieslegums': 'varies',
  'koku-cirsana-arpus-meza': 'varies',
  'atkritumu-apsaimniekosana': 'varies',
  'sunu-registracija': 'varies',
  'ielu-tirdzniecibas-atlauja': 'varies',
  'reklamas-atlauja': 'varies',
};
