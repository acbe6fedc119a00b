import { z } from "zod";
import { ROLES } from "~/domains/tenancy/db";

export const municipalityCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{4}$/, { message: "validation.municipalityCode" });

export const languageSchema = z.enum(["nb", "nn"]);

export const createMunicipalitySchema = z.object({
  code: municipalityCodeSchema,
  name: z.string().trim().min(1).max(120),
  language: languageSchema.default("nb"),
});

export const sectorSchema = z.object({
  name: z.string().trim().min(1).max(100),
  codePrefix: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-ZÆØÅ0-9]{1,10}$/, { message: "validation.codePrefix" })),
});

export const municipalitySettingsSchema = z.object({
  name: z.string().trim().min(1).max(120),
  language: languageSchema,
});

export const roleSchema = z.enum(ROLES);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "validation.email" }));

export const passwordSchema = z.string().min(10, { message: "validation.password" }).max(200);

export const addMemberSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(120),
  role: roleSchema,
  sectorIds: z.array(z.uuid()).max(50).default([]),
  password: passwordSchema.optional(),
});

export const updateMemberSchema = z.object({
  role: roleSchema,
  sectorIds: z.array(z.uuid()).max(50).default([]),
});

export const createTokenSchema = z.object({
  role: z.enum(["reader", "coordinator", "admin"]),
  name: z.string().trim().min(1).max(100),
});
