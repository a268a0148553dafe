// Negative: .create() on non-AI objects (a repository, Object.create) is left unchanged.
interface Order {
  id: number;
  sku: string;
  quantity: number;
}

class OrderRepository {
  private nextId = 1;
  private readonly rows: Order[] = [];

  async create(input: Omit<Order, "id">): Promise<Order> {
    const order = { id: this.nextId++, ...input };
    this.rows.push(order);
    return order;
  }
}

const orders = new OrderRepository();

export async function placeOrder(sku: string, quantity: number) {
  const order = await orders.create({ sku, quantity });
  const audit = Object.create(null) as Record<string, unknown>;
  audit.orderId = order.id;
  return { order, audit };
}
