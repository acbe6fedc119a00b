import { defineDomain } from "../../kit/domain";

/** Demo data and the national-scale data generator for benchmarks. */
export const demoDomain = defineDomain({ name: "demo", messages: [] });
