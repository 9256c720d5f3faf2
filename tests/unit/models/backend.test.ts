import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { chooseBackend } from '$lib/models';
import { FaroError } from '$lib/shared/errors';

afterAll(async () => {
	await tf.setBackend('cpu');
});

describe('chooseBackend in Node', () => {
	it('picks wasm on auto, saying why webgpu and webgl were skipped', async () => {
		const choice = await chooseBackend('auto');
		expect(choice.name).toBe('wasm');
		expect(tf.getBackend()).toBe('wasm');
		expect(choice.tried.map((t) => [t.name, t.ok])).toEqual([
			['webgpu', false],
			['webgl', false],
			['wasm', true]
		]);
		expect(choice.tried[0].why).toBe('not registered in this build');
		expect(choice.tried[1].why).toBe('not registered in this build'); // tfjs registers webgl only in browsers
		expect(choice.reason).toMatch(/^wasm; webgpu skipped: .*; webgl skipped: /);
	});

	it('activates a forced backend that works', async () => {
		const choice = await chooseBackend('cpu');
		expect(choice).toEqual({
			name: 'cpu',
			reason: 'cpu, as chosen in the settings',
			tried: [{ name: 'cpu', ok: true }]
		});
		expect(tf.getBackend()).toBe('cpu');
	});

	it('fails with "backend-unavailable" and the reason when the forced backend is missing', async () => {
		const run = chooseBackend('webgpu');
		await expect(run).rejects.toThrow(FaroError);
		await expect(run).rejects.toMatchObject({
			code: 'backend-unavailable',
			message: expect.stringMatching(/webgpu.*not registered/)
		});
	});
});
