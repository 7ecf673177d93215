import type { Detector } from '../detector.ts';
import { genericHttp } from './generic-http.ts';
import { mtp } from './mtp.ts';

/** Most specific first: the first detector that recognizes a response names its family. */
export const DETECTORS: readonly Detector[] = [mtp, genericHttp];
