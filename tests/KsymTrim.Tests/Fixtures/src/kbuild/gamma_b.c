extern int queue_work_on(int cpu, void *wq, void *work);
extern void *system_wq;

int gamma_b(int x)
{
	return queue_work_on(x, system_wq, 0);
}
