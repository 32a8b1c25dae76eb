/**
 * What an article is `about`, from its tags. Tags name the clinic's treatments, joints and
 * conditions; the ones with a clear schema.org meaning get a typed entity, the rest a plain Thing
 * with a readable name, so `about` never claims more than the tag says.
 */
import type { AnatomicalStructure, MedicalCondition, TherapeuticProcedure, Thing } from 'schema-dts';
import { absoluteUrl } from './url';

type Topic = MedicalCondition | AnatomicalStructure | TherapeuticProcedure | Thing;

const KNOWN: Record<string, (treatmentUrls: Set<string>) => Topic> = {
  osteoarthritis: () => ({ '@type': 'MedicalCondition', name: 'Osteoarthritis' }),
  knee: () => ({ '@type': 'AnatomicalStructure', name: 'Knee joint' }),
  hip: () => ({ '@type': 'AnatomicalStructure', name: 'Hip joint' }),
  lipogems: (urls) => procedure('Micro-fragmented fat (Lipogems) injection', '/treatments/lipogems', urls),
  bmac: (urls) => procedure('Bone marrow aspirate concentrate (BMAC) injection', '/treatments/bmac', urls),
};

/** A treatment we have a page for is referenced by the page's procedure id, so the graph links up. */
function procedure(name: string, path: string, treatmentUrls: Set<string>): TherapeuticProcedure {
  return treatmentUrls.has(path)
    ? { '@type': 'TherapeuticProcedure', '@id': procedureId(path), name, url: absoluteUrl(path) }
    : { '@type': 'TherapeuticProcedure', name };
}

export function procedureId(treatmentPath: string): string {
  return `${absoluteUrl(treatmentPath)}#procedure`;
}

export function topicsFor(tags: readonly string[], treatmentUrls: Set<string>): Topic[] {
  return tags.map((tag) => KNOWN[tag]?.(treatmentUrls) ?? { '@type': 'Thing', name: tag.replace(/-/g, ' ') });
}
