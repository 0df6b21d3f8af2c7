import { AgentSession } from "../agents/agent-session.entity";
import { Agent } from "../agents/agent.entity";
import { PasswordToken } from "../agents/password-token.entity";
import { Caisse } from "../caisses/caisse.entity";
import { RateLimit } from "../rate-limits/rate-limit.entity";
import { MessageTemplate } from "../templates/message-template.entity";

/** Every entity the ORM knows. Features add theirs here. */
export const entities = [Caisse, Agent, AgentSession, PasswordToken, MessageTemplate, RateLimit];
