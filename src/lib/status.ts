/**
 * What each data status means to a reader. One table for the whole site: the badge
 * (src/components/StatusBadge.astro) shows `label`, its tooltip and the Data & sources
 * page show `meaning`.
 */
import type { Status } from '../schemas/generated';

export interface StatusInfo {
  /** Short badge text. */
  label: string;
  /** One sentence: what a reader may rely on. */
  meaning: string;
}

export const STATUS_INFO: Readonly<Record<Status, StatusInfo>> = {
  official: {
    label: 'Official',
    meaning: 'Read from a statistical office or from the organisation itself; the source is named beside it.',
  },
  compiled: {
    label: 'Compiled',
    meaning: 'Compiled by the editors from the public sources named beside it.',
  },
  needs_check: {
    label: 'Needs check',
    meaning: 'Not yet confirmed against a primary source; use with care until an editor has checked it.',
  },
  illustrative: {
    label: 'Illustrative',
    meaning: 'A placeholder to show how a chart works; never a real measurement and never used in the text.',
  },
};

/** Statuses in the order the site explains them, from most to least certain. */
export const STATUS_ORDER: readonly Status[] = ['official', 'compiled', 'needs_check', 'illustrative'];
