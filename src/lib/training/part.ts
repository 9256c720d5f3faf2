/** A part of a run's rows (training, validation or test) and the work options of the pipeline steps. */
import type { Table } from '$lib/data/table';
import type { TrainProgress } from '$lib/runs/types';

export type Part = { table: Table; y: Int32Array };

export type PipelineWork = { signal?: AbortSignal; onProgress?: (p: TrainProgress) => void };
