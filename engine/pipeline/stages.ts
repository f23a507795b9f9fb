// The names of the pipeline's stages, imported by the CLI's launcher: this file imports
// nothing, so the launcher stays free of the engine.

export const PIPELINE_STAGES = ['tokens', 'ast', 'bytecode'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export function isPipelineStage(name: string): name is PipelineStage {
  return (PIPELINE_STAGES as readonly string[]).includes(name);
}
