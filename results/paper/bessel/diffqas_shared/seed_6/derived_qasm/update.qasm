// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001577202292) q[0];
ry(pi*0.004537588447) q[1];
ry(pi*0.009704432973) q[2];
ry(pi*0.005171499074) q[3];
ry(pi*-0.001304233664) q[4];
ry(pi*-0.004394979789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058270753348) q[0];
ry(pi*-0.243503946847) q[1];
ry(pi*-0.49752331143) q[2];
ry(pi*-0.000903893865) q[3];
ry(pi*0.008635339391) q[4];
ry(pi*-0.006173698305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017213834059) q[0];
ry(pi*-0.047633402505) q[1];
ry(pi*-0.064282424981) q[2];
ry(pi*0.002917962349) q[3];
ry(pi*0.023691658987) q[4];
ry(pi*0.150810396633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012838310527) q[0];
ry(pi*0.25555680222) q[1];
ry(pi*0.100261115223) q[2];
ry(pi*0.519252002509) q[3];
ry(pi*0.559930180694) q[4];
ry(pi*0.009424133748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005726765588) q[0];
ry(pi*0.008118007701) q[1];
ry(pi*-0.003584595334) q[2];
ry(pi*0.001024567803) q[3];
ry(pi*0.012360505592) q[4];
ry(pi*0.000606498787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
