/**
 * A run in MLflow's file-store layout, read back the way MLflow's FileStore reads it (mlflow/store/tracking/
 * file_store.py: meta.yaml fields, metric lines "timestamp value step", one file per param and tag).
 */
import { describe, expect, it } from 'vitest';
import { leaderboardCsv, metricsCsv, mlflowRunFiles } from '$lib/runs/mlflow-export';
import type { RunRecord } from '$lib/runs';
import { trainGermanCredit } from '../bundle/train-fixture';
import { v3RunWhole } from '../helpers/run-schema';

describe('MLflow export', () => {
	it('writes an experiment and a finished run MLflow can read, with metrics, params, curves and the model', async () => {
		const trained = await trainGermanCredit({ family: 'logistic' });
		const run = {
			...trained.bundle.training,
			id: 'c0ffee00-1111-2222-3333-444455556666',
			name: 'credit, v2',
			createdAt: '2025-01-01T00:00:00.000Z',
			finishedAt: '2025-01-01T00:00:05.000Z',
			status: 'done',
			settings: trained.settings,
			result: trained.result,
			dataset: { name: 'german.csv', rows: 1000, fingerprint: 'f' }
		} as unknown as RunRecord;
		const files = new Map(
			mlflowRunFiles(run, { root: '/store', modelJson: trained.json }).map((f) => [
				f.path,
				f.content
			])
		);
		const id = 'c0ffee00111122223333444455556666';
		expect(files.get('0/meta.yaml')).toContain("experiment_id: '0'");
		expect(files.get('0/meta.yaml')).toContain('artifact_location: file:///store/0');
		const meta = files.get(`0/${id}/meta.yaml`) ?? '';
		expect(meta).toMatch(new RegExp(`^run_uuid: '?${id}'?$`, 'm'));
		expect(meta).toContain("run_name: 'credit, v2'");
		expect(meta).toContain('status: 3');
		expect(meta).toContain('start_time: 1735689600000');
		expect(meta).toContain('end_time: 1735689605000');
		const line = (files.get(`0/${id}/metrics/test_roc_auc`) ?? '').trim().split(' ');
		expect(line).toHaveLength(3);
		expect(Number(line[1])).toBe(trained.result.metrics.rocAuc);
		expect(Number.isInteger(Number(line[0]))).toBe(true);
		const loss = (files.get(`0/${id}/metrics/val_loss`) ?? '').trim().split('\n');
		expect(loss).toHaveLength(trained.result.history.length);
		expect(files.get(`0/${id}/params/target`)).toBe('Risk');
		expect(files.get(`0/${id}/params/model.family`)).toBe('logistic');
		expect(files.get(`0/${id}/tags/mlflow.runName`)).toBe('credit, v2');
		expect(files.get(`0/${id}/artifacts/model.json`)).toBe(trained.json);
		expect(files.get(`0/${id}/artifacts/curves/roc.csv`)?.split('\n')[0]).toBe('fpr,tpr,threshold');
		for (const path of files.keys())
			expect(path).toMatch(
				/^0\/(meta\.yaml|[0-9a-f]{32}\/(meta\.yaml|(params|metrics|tags)\/[\w\-. /]+|artifacts\/.+))$/
			);
		const csv = metricsCsv(run).split('\n');
		expect(csv[0]).toBe('metric,test,validation');
		expect(csv.find((l) => l.startsWith('roc_auc,'))).toBe(
			`roc_auc,${trained.result.metrics.rocAuc},${trained.result.validationMetrics.rocAuc}`
		);
	});

	it('writes a search leaderboard as CSV, quoting cells with commas', () => {
		const text = leaderboardCsv([
			{
				id: 1,
				rung: 0,
				parentId: null,
				params: { family: 'logistic', solver: 'lbfgs', l2: 0.01, maxEpochs: 100 } as never,
				cvScores: { rocAuc: { mean: 0.75, std: 0.02 } } as never,
				status: 'done',
				durationMs: 1500
			},
			{
				id: 2,
				rung: 0,
				parentId: null,
				params: { family: 'gbdt' } as never,
				cvScores: null,
				status: 'failed',
				error: { code: 'internal', message: 'boom, twice' },
				durationMs: 10
			}
		]);
		const lines = text.trim().split('\n');
		expect(lines[0]).toBe(
			'trial,status,model,settings,cv_roc_auc_mean,cv_roc_auc_std,cv_log_loss_mean,seconds,note'
		);
		expect(lines[1]).toMatch(/^1,done,Logistic,.*,0\.75,0\.02,,1\.5,$/);
		expect(lines[2].endsWith(',"boom, twice"')).toBe(true);
	});

	it('writes a search run’s leaderboard and its search parameters, from the run record', () => {
		const run = v3RunWhole('run-v3-blend');
		const search = run.search;
		if (!search) throw new Error('the fixture run has no search');
		const dir = `0/${run.id.replaceAll('-', '')}`;
		const files = new Map(mlflowRunFiles(run, { root: '/store' }).map((f) => [f.path, f.content]));
		expect(files.get(`${dir}/artifacts/leaderboard.csv`)).toBe(leaderboardCsv(search.trials));
		expect(files.get(`${dir}/params/search.strategy`)).toBe('random');
		expect(files.get(`${dir}/params/search.trials`)).toBe('6');
		expect(files.get(`${dir}/params/search.folds`)).toBe('3');
		const plain = mlflowRunFiles(v3RunWhole('run-v3-plain'), { root: '/store' });
		expect(plain.some((f) => /leaderboard|params\/search\./.test(f.path))).toBe(false);
	});
});
