// A small typed client over the types openapi-typescript generates from the gateway's merged
// document (schema.d.ts, generated in the test). If the document stops describing these operations
// as they are, this stops compiling.
import type { components, paths } from "./schema";

type Schemas = components["schemas"];

export class LeadershipImpactClient {
  constructor(private readonly base: string, private readonly token: string) {}

  private async call<T>(method: string, path: string, body?: unknown, accept = "application/json"): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json", Accept: accept },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = (await response.json()) as Schemas["Problem"];
      throw new Error(`${problem.status} ${problem.title}: ${problem.detail ?? ""}`);
    }
    return (await response.json()) as T;
  }

  createProgramme(request: Schemas["ProgrammeRequest"]): Promise<Schemas["Programme"]> {
    return this.call("POST", "/api/v1/programmes", request);
  }

  registerParticipants(batch: Schemas["ParticipantBatch"]): Promise<Schemas["ParticipantBatchResult"]> {
    return this.call("POST", "/api/v1/participants/bulk", batch);
  }

  spc(measureId: string): Promise<Schemas["SpcChart"]> {
    return this.call("GET", `/api/v1/measures/${measureId}/spc`);
  }

  programmeReport(programmeId: string): Promise<Schemas["EvaluationReport"]> {
    return this.call("GET", `/api/v1/evaluation/programmes/${programmeId}/report`);
  }

  respond(instrumentId: string, answers: Schemas["SurveyAnswer"][], enrolmentId?: string): Promise<Schemas["SurveyResponse"]> {
    return this.call("POST", `/api/v1/evaluation/instruments/${instrumentId}/responses`, { enrolmentId, answers });
  }
}

// every path the document names is a string literal of the paths type
export const reportPath: keyof paths = "/api/v1/evaluation/programmes/{id}/report";
