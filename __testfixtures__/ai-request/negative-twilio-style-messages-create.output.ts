// Negative: an SMS client's `client.messages.create(...)` (Twilio-style) looks like Anthropic's but is not.
interface SmsMessage {
  sid: string;
  status: "queued" | "sent";
}

class SmsClient {
  constructor(private readonly accountSid: string) {}

  readonly messages = {
    create: async (params: { body: string; to: string; from: string }): Promise<SmsMessage> => {
      console.log(`[${this.accountSid}] sms to ${params.to}: ${params.body}`);
      return { sid: `SM${Date.now()}`, status: "queued" };
    },
  };
}

const client = new SmsClient(process.env.SMS_ACCOUNT_SID ?? "dev");

export async function sendVerificationCode(phone: string, code: string) {
  const message = await client.messages.create({
    body: `Your verification code is ${code}`,
    to: phone,
    from: "+15005550006",
  });
  return message.sid;
}
